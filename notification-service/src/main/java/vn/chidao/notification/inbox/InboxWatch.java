package vn.chidao.notification.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

/**
 * What one open stream has already told its user. Polls are sequential (see {@link InboxStream}),
 * so plain fields suffice.
 *
 * <p>Instances' clocks differ and an insert becomes visible a little after its {@code storedAt}, so
 * each poll looks back {@code lookback} before the newest {@code storedAt} seen and skips the ids
 * it already sent; ids older than the window are forgotten. A notification stored with a clock more
 * than {@code lookback} behind is not streamed, but the unread count (exact on every poll) still
 * changes, so the page can reload its list.
 */
final class InboxWatch {

  /** Per poll; a user never gets this many notifications in one interval in practice. */
  private static final int MAX_PER_POLL = 100;

  private final NotificationStore store;
  private final String username;
  private final Duration lookback;
  private final Map<String, Instant> sent = new HashMap<>();
  private Instant newest;
  private long unread = -1;

  InboxWatch(NotificationStore store, String username, Instant connectedAt, Duration lookback) {
    this.store = store;
    this.username = username;
    this.lookback = lookback;
    this.newest = connectedAt;
  }

  /**
   * The first event, the unread count. What is already in the window counts as seen: the page
   * loaded the list itself.
   */
  Flux<ServerSentEvent<Object>> start() {
    return recent()
        .doOnNext(this::remember)
        .then(store.unread(username))
        .flatMapMany(count -> Flux.fromIterable(unreadChanged(count)));
  }

  /** New notifications, oldest first, then the unread count if it changed. */
  Flux<ServerSentEvent<Object>> poll() {
    return recent()
        .filter(n -> !sent.containsKey(n.id()))
        .doOnNext(this::remember)
        .map(n -> event(InboxStream.NOTIFICATION, InboxItem.of(n)))
        .concatWith(store.unread(username).flatMapIterable(this::unreadChanged))
        .doOnComplete(this::forgetOld);
  }

  private Flux<NotificationDocument> recent() {
    return store.storedSince(username, newest.minus(lookback), MAX_PER_POLL);
  }

  private void remember(NotificationDocument n) {
    sent.put(n.id(), n.storedAt());
    if (n.storedAt().isAfter(newest)) {
      newest = n.storedAt();
    }
  }

  private void forgetOld() {
    Instant horizon = newest.minus(lookback);
    sent.values().removeIf(storedAt -> storedAt.isBefore(horizon));
  }

  private List<ServerSentEvent<Object>> unreadChanged(long count) {
    List<ServerSentEvent<Object>> events = new ArrayList<>(1);
    if (count != unread) {
      unread = count;
      events.add(event(InboxStream.UNREAD, new UnreadCount(count)));
    }
    return events;
  }

  private static ServerSentEvent<Object> event(String name, Object data) {
    return ServerSentEvent.<Object>builder().event(name).data(data).build();
  }
}
