package vn.chidao.notification.push.model;

/**
 * A feature asks for one push to one of a person's browsers because of one event.
 *
 * @param payload the clear-text message (JSON, UTF-8), encrypted for the browser when sent
 */
public record PushRequest(
    String eventId,
    String tenant,
    String unitId,
    PushTarget target,
    String payload,
    PushHeaders headers) {

  public PushRequest {
    if (eventId == null || target == null || target.username() == null) {
      throw new IllegalArgumentException("eventId, username and subscription form the key");
    }
  }
}
