package vn.chidao.directive.search.application;

import reactor.core.publisher.Mono;

/** Makes directives stored before search existed findable. */
public interface SearchTextBackfill {

  /** Folds the search text of every directive without one; answers how many it filled. */
  Mono<Long> run();
}
