package vn.chidao.directive.search.adapter.in.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.directive.search.application.SearchTextBackfill;

/**
 * Runs the search-text backfill once the service is up, in the background: start-up does not wait
 * for it, and a failure is logged and retried at the next start (the backfill is idempotent).
 */
@Component
class SearchTextBackfillOnStart {

  private static final Logger log = LoggerFactory.getLogger(SearchTextBackfillOnStart.class);

  private final SearchTextBackfill backfill;

  SearchTextBackfillOnStart(SearchTextBackfill backfill) {
    this.backfill = backfill;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    backfill
        .run()
        .subscribe(
            filled -> {
              if (filled > 0) {
                log.info("Search text filled in for {} directives stored before search", filled);
              }
            },
            failed ->
                log.warn("Search text backfill failed; it runs again at the next start", failed));
  }
}
