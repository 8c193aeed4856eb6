package vn.chidao.notification.push.model;

import java.time.Instant;

/**
 * A feature asks for one push to one of a person's browsers because of one event.
 *
 * @param payload the clear-text message (JSON, UTF-8), encrypted for the browser when sent
 * @param directiveId the directive it concerns, for the issuer's delivery log; may be null
 * @param kind the alert kind; may be null
 * @param holdUntil quiet hours: not sent before this instant (its TTL counts from then); null for
 *     now
 */
public record PushRequest(
    String eventId,
    String tenant,
    String unitId,
    PushTarget target,
    String payload,
    PushHeaders headers,
    String directiveId,
    String kind,
    Instant holdUntil) {

  public PushRequest {
    if (eventId == null || target == null || target.username() == null) {
      throw new IllegalArgumentException("eventId, username and subscription form the key");
    }
  }

  public PushRequest(
      String eventId,
      String tenant,
      String unitId,
      PushTarget target,
      String payload,
      PushHeaders headers) {
    this(eventId, tenant, unitId, target, payload, headers, null, null, null);
  }
}
