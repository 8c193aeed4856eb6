package vn.chidao.directive.search.application;

import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.search.model.DirectiveQuery;
import vn.chidao.directive.search.model.SearchPage;

/** Where directives are searched. */
public interface DirectiveSearchIndex {

  /**
   * Directives matching every word of the query that the caller may see, newest first. The
   * visibility rule is part of the query itself, so that paging and the total count only ever see
   * visible directives.
   */
  Mono<SearchPage> search(DirectiveQuery query, Caller caller);
}
