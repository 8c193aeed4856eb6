package vn.chidao.directive.issue.application;

import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Directive;

/**
 * Where directives are kept. A directive is stored together with its unpublished {@code
 * DirectiveIssued} event in one document (an outbox without transactions): either both are written
 * or neither is.
 */
public interface DirectiveStore {

  /** Stores a newly issued directive with its issued event marked as not yet published. */
  Mono<Directive> insertIssued(Directive directive);

  Mono<Directive> findById(String id);

  /** Directives whose issued event is still unpublished and was recorded before {@code before}. */
  Flux<Directive> findUnpublished(Instant before, int limit);

  /** Records that the broker confirmed the event; a no-op when it was already recorded. */
  Mono<Void> markPublished(String directiveId, String eventId);
}
