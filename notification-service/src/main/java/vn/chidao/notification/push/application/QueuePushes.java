package vn.chidao.notification.push.application;

import java.time.Instant;
import java.util.Collection;
import reactor.core.publisher.Mono;
import vn.chidao.notification.push.model.PushHeaders;

/** How other features ask for pushes: to every browser of the people named, queued durably. */
public interface QueuePushes {

  /**
   * One person to alert, by username.
   *
   * @param holdUntil quiet hours: not before this instant; null for now
   */
  record Recipient(String username, String tenant, String unitId, Instant holdUntil) {

    public Recipient(String username, String tenant, String unitId) {
      this(username, tenant, unitId, null);
    }
  }

  /** What every push of one alert shares. */
  record PushAlert(
      String eventId, String directiveId, String kind, String payload, PushHeaders headers) {}

  /**
   * Queues one push per subscription of each recipient; completes once they are in the delivery
   * log. Repeated requests for the same event are no-ops.
   */
  Mono<Void> queue(PushAlert alert, Collection<Recipient> recipients);

  default Mono<Void> queue(
      String eventId, Collection<Recipient> recipients, String payload, PushHeaders headers) {
    return queue(new PushAlert(eventId, null, null, payload, headers), recipients);
  }
}
