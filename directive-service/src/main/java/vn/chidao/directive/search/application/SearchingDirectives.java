package vn.chidao.directive.search.application;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.search.model.DirectiveQuery;
import vn.chidao.directive.search.model.SearchPage;

/**
 * Searches the directives a caller may read (the rule of {@link
 * vn.chidao.directive.issue.model.Directive#isVisibleTo}) by words typed with or without
 * diacritics.
 */
@Service
public class SearchingDirectives {

  private final DirectiveSearchIndex index;

  public SearchingDirectives(DirectiveSearchIndex index) {
    this.index = index;
  }

  public Mono<SearchPage> search(DirectiveQuery query, Caller caller) {
    boolean placed = caller.unitId() != null && caller.province() != null;
    if (!caller.central() && !placed) {
      // A token without unit or province sees no directive at all, so it finds none either.
      return Mono.just(SearchPage.empty(query));
    }
    return index.search(query, caller);
  }
}
