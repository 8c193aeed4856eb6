package vn.chidao.notification.inbox;

import java.util.List;
import reactor.core.publisher.Mono;

/** How other features put alerts into inboxes. */
public interface RecordNotifications {

  /** Stores the notifications; one already stored for the same event and person is skipped. */
  Mono<Void> record(List<InAppNotification> notifications);
}
