package vn.chidao.notification.push.application;

import java.util.Collection;
import reactor.core.publisher.Mono;
import vn.chidao.notification.push.model.PushHeaders;

/** How other features ask for pushes: to every browser of the people named, queued durably. */
public interface QueuePushes {

  /** One alert for people of one unit, by username. */
  record Recipient(String username, String tenant, String unitId) {}

  /**
   * Queues one push per subscription of each recipient; completes once they are in the delivery
   * log. Repeated requests for the same event are no-ops.
   */
  Mono<Void> queue(
      String eventId, Collection<Recipient> recipients, String payload, PushHeaders headers);
}
