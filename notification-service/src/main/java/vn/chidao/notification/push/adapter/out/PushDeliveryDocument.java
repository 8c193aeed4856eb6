package vn.chidao.notification.push.adapter.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushHeaders;
import vn.chidao.notification.push.model.PushRequest;
import vn.chidao.notification.push.model.PushTarget;

/**
 * A push entry of the delivery log ({@code deliveries}, shared with e-mail). Its key is ({@code
 * eventId}, {@code username}, {@code channel} = PUSH, {@code target} = subscription id): one entry
 * per browser, because each browser answers for itself — one may be gone (410) while another is
 * throttled (429) and a third has it — and a retry must go only to the browser that did not. The
 * endpoint and keys are copied in, so an entry can be sent without another lookup.
 */
@Document(MongoPushLog.COLLECTION)
record PushDeliveryDocument(
    @Id String id,
    String eventId,
    String username,
    String channel,
    String target,
    String tenant,
    String unitId,
    String directiveId,
    String kind,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant expiresAt,
    String lastError,
    Instant createdAt,
    Instant updatedAt,
    Instant sentAt,
    StoredPush push,
    List<Attempt> history) {

  static final String PUSH = "PUSH";

  record StoredPush(
      String endpoint,
      String p256dh,
      String auth,
      String payload,
      long ttlSeconds,
      String urgency,
      String topic) {}

  record Attempt(int attempt, DeliveryStatus outcome, String reason, Instant at) {}

  /** Queued now, or held until quiet hours end (the TTL then counts from the release). */
  static PushDeliveryDocument queued(PushRequest request, Instant now) {
    PushTarget target = request.target();
    PushHeaders headers = request.headers();
    Instant from = request.holdUntil() != null ? request.holdUntil() : now;
    return new PushDeliveryDocument(
        null,
        request.eventId(),
        target.username(),
        PUSH,
        target.id(),
        request.tenant(),
        request.unitId(),
        request.directiveId(),
        request.kind(),
        request.holdUntil() != null ? DeliveryStatus.HELD : DeliveryStatus.QUEUED,
        0,
        from,
        from.plus(headers.ttl()),
        null,
        now,
        now,
        null,
        new StoredPush(
            target.endpoint(),
            target.p256dh(),
            target.auth(),
            request.payload(),
            headers.ttl().toSeconds(),
            headers.urgency(),
            headers.topic()),
        List.of());
  }

  PushDelivery toModel() {
    return new PushDelivery(
        id,
        eventId,
        new PushTarget(target, username, push.endpoint(), push.p256dh(), push.auth()),
        status,
        attempts,
        nextAttemptAt,
        expiresAt,
        push.payload(),
        new PushHeaders(Duration.ofSeconds(push.ttlSeconds()), push.urgency(), push.topic()));
  }
}
