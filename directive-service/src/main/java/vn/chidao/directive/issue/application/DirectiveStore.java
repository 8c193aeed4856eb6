package vn.chidao.directive.issue.application;

import java.time.Instant;
import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.Withdrawal;

/**
 * Where directives are kept. A directive is stored together with its unpublished {@code
 * DirectiveIssued} event and its delivery job in one document (an outbox without transactions):
 * either all are written or none is.
 */
public interface DirectiveStore {

  /** Stores a newly issued directive with its issued event and its delivery job pending. */
  Mono<Directive> insertIssued(Directive directive, int audience, int batches);

  /** A directive reaching just its named recipients, one batch. */
  default Mono<Directive> insertIssued(Directive directive) {
    return insertIssued(directive, directive.recipientUnitIds().size(), 1);
  }

  Mono<Directive> findById(String id);

  Flux<Directive> findByIds(Collection<String> ids);

  /** Directives that cite any of {@code parentIds} (one level of lineage). */
  Flux<Directive> findCiting(Collection<String> parentIds);

  /** Directives whose issued event is still unpublished and was recorded before {@code before}. */
  Flux<Directive> findUnpublished(Instant before, int limit);

  /** Records that the broker confirmed the event; a no-op when it was already recorded. */
  Mono<Void> markPublished(String directiveId, String eventId);

  /**
   * Ends an issued directive (recall or supersession) and marks its withdrawal to be announced;
   * false when it was no longer in force (someone else withdrew it first).
   */
  Mono<Boolean> withdraw(String id, Withdrawal withdrawal);

  /** Marks documents descending from a recalled one. */
  Mono<Void> flagUpstreamRecalled(Collection<String> ids, String recalledId);
}
