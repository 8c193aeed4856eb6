package vn.chidao.notification.mail.application;

import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailRequest;

/**
 * The e-mail delivery log, which is also the outbox: an entry is written before anything is sent
 * and every attempt changes it only through a conditional update, so two dispatchers (or two
 * instances) never send the same entry at the same time.
 */
public interface DeliveryLog {

  /** Writes new entries as queued and due now; an entry whose key exists is skipped silently. */
  Mono<Void> queue(List<MailRequest> requests, Instant now);

  /** Pending entries whose next attempt is due, oldest first. */
  Flux<MailDelivery> due(Instant now, int limit);

  /**
   * Starts one more attempt on {@code delivery} if it is still exactly as read: status sending,
   * attempts + 1, not due again before {@code leaseUntil}. Empty when someone else got there first.
   */
  Mono<MailDelivery> claim(MailDelivery delivery, Instant leaseUntil, Instant now);

  /**
   * {@link #claim} for a whole batch; emits the entries won, claimed, in the order given. The
   * default claims one by one; a store may do it in one round trip.
   */
  default Mono<List<MailDelivery>> claimAll(
      List<MailDelivery> due, Instant leaseUntil, Instant now) {
    return Flux.fromIterable(due).concatMap(d -> claim(d, leaseUntil, now)).collectList();
  }

  Mono<Void> sent(MailDelivery claimed, Instant now);

  /** {@link #sent} for many; the default records one by one. */
  default Mono<Void> sentAll(List<MailDelivery> claimed, Instant now) {
    return Flux.fromIterable(claimed).concatMap(d -> sent(d, now)).then();
  }

  Mono<Void> failed(MailDelivery claimed, String reason, Instant retryAt, Instant now);

  Mono<Void> gaveUp(MailDelivery claimed, String reason, Instant now);
}
