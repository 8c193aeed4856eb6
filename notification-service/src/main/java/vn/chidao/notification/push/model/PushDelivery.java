package vn.chidao.notification.push.model;

import java.time.Instant;
import vn.chidao.notification.mail.model.DeliveryStatus;

/**
 * One entry of the delivery log on the push channel: one push to one browser of one person about
 * one event. Same life cycle as an e-mail ({@link DeliveryStatus}).
 *
 * @param attempts attempts started so far; a claim increments it, which also versions the entry
 * @param expiresAt when the push's TTL, counted from queueing, has run out: no attempt after it
 */
public record PushDelivery(
    String id,
    String eventId,
    PushTarget target,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant expiresAt,
    String payload,
    PushHeaders headers) {

  public PushDelivery claimed(Instant leaseUntil) {
    return new PushDelivery(
        id,
        eventId,
        target,
        DeliveryStatus.SENDING,
        attempts + 1,
        leaseUntil,
        expiresAt,
        payload,
        headers);
  }
}
