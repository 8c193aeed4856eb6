package vn.chidao.notification.inbox;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;

/**
 * The caller's own inbox. Ownership is the token's {@code preferred_username}; a notification of
 * someone else is answered exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

  private final NotificationStore store;
  private final InboxStream stream;
  private final Clock clock;

  InboxController(NotificationStore store, InboxStream stream, Clock clock) {
    this.store = store;
    this.stream = stream;
    this.clock = clock;
  }

  @GetMapping
  Mono<InboxPage> inbox(@Valid @ModelAttribute InboxQuery query) {
    return me().flatMap(
            username ->
                Mono.zip(
                        store
                            .page(username, query.page(), query.size())
                            .map(InboxItem::of)
                            .collectList(),
                        store.unread(username),
                        store.total(username))
                    .map(
                        t ->
                            new InboxPage(
                                t.getT1(), t.getT2(), query.page(), query.size(), t.getT3())));
  }

  @GetMapping("/unread-count")
  Mono<UnreadCount> unreadCount() {
    return me().flatMap(store::unread).map(UnreadCount::new);
  }

  /**
   * Server-Sent Events: {@code unread} on connect, then {@code notification} (an inbox item) and
   * {@code unread} whenever the caller's inbox changes, and a comment as heartbeat.
   */
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> stream() {
    return me().flatMapMany(stream::open);
  }

  @PostMapping("/{id}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> markRead(@PathVariable String id) {
    return me().flatMap(username -> store.markRead(username, id, clock.instant()))
        .flatMap(found -> found ? Mono.<Void>empty() : Mono.error(notFound()));
  }

  @PostMapping("/read-all")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> markAllRead() {
    return me().flatMap(username -> store.markAllRead(username, clock.instant()));
  }

  private static Mono<String> me() {
    return CurrentUser.get().map(ChidaoUser::username);
  }

  private static ProblemException notFound() {
    return ProblemException.notFound(
        "notification-not-found", "Không tìm thấy thông báo này trong hộp thư của bạn.");
  }
}
