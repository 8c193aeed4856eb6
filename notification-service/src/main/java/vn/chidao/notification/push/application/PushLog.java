package vn.chidao.notification.push.application;

import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushRequest;

/**
 * The delivery log's push channel (the same log as e-mail, channel {@code PUSH}): an entry is
 * written before anything is sent, keyed (event, person, channel, subscription), and every attempt
 * changes it only through a conditional update, so two dispatchers never send one entry at once.
 */
public interface PushLog {

  /** Writes new entries as queued and due now; an entry whose key exists is skipped silently. */
  Mono<Void> queue(List<PushRequest> requests, Instant now);

  /** Pending pushes whose next attempt is due, oldest first. */
  Flux<PushDelivery> due(Instant now, int limit);

  /** Starts one more attempt if the entry is still as read; empty when someone else got it. */
  Mono<PushDelivery> claim(PushDelivery delivery, Instant leaseUntil, Instant now);

  /**
   * {@link #claim} for a whole batch; emits the entries won, claimed, in the order given. The
   * default claims one by one; a store may do it in one round trip.
   */
  default Mono<List<PushDelivery>> claimAll(
      List<PushDelivery> due, Instant leaseUntil, Instant now) {
    return Flux.fromIterable(due).concatMap(d -> claim(d, leaseUntil, now)).collectList();
  }

  Mono<Void> sent(PushDelivery claimed, Instant now);

  /** {@link #sent} for many; the default records one by one. */
  default Mono<Void> sentAll(List<PushDelivery> claimed, Instant now) {
    return Flux.fromIterable(claimed).concatMap(d -> sent(d, now)).then();
  }

  Mono<Void> failed(PushDelivery claimed, String reason, Instant retryAt, Instant now);

  Mono<Void> gaveUp(PushDelivery claimed, String reason, Instant now);

  /**
   * Gives up, with {@code reason}, the pending pushes to a subscription that was removed or moved
   * to another user: all of them, or those not for {@code keepFor} when it is given.
   */
  Mono<Void> abandonOthers(String subscriptionId, String keepFor, String reason, Instant now);
}
