package vn.chidao.notification.inbox;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The live inbox of one connected user. Several instances may run and MongoDB here has no change
 * streams, so each open stream polls the database: every {@code poll-interval} one indexed query
 * for the user's notifications stored since the last poll ({@code inbox_stream} index) and one
 * indexed unread count ({@code inbox} index). That is two small queries per connection and
 * interval, whichever instance (or consumer) wrote the change; a mark-read from another tab or
 * instance shows up through the count. Everything is non-blocking, and cancelling the response (the
 * client went away) cancels the timers, which stops the polling.
 */
@Component
class InboxStream {

  static final String UNREAD = "unread";
  static final String NOTIFICATION = "notification";

  private final NotificationStore store;
  private final Clock clock;
  private final Duration pollInterval;
  private final Duration heartbeat;
  private final Duration lookback;

  InboxStream(
      NotificationStore store,
      Clock clock,
      @Value("${chidao.inbox.stream.poll-interval:2s}") Duration pollInterval,
      @Value("${chidao.inbox.stream.heartbeat:25s}") Duration heartbeat,
      @Value("${chidao.inbox.stream.lookback:30s}") Duration lookback) {
    this.store = store;
    this.clock = clock;
    this.pollInterval = pollInterval;
    this.heartbeat = heartbeat;
    this.lookback = lookback;
  }

  Flux<ServerSentEvent<Object>> open(String username) {
    Flux<ServerSentEvent<Object>> changes =
        Flux.defer(
            () -> {
              InboxWatch watch = new InboxWatch(store, username, clock.instant(), lookback);
              // A slow poll or client skips ticks instead of piling them up; concatMap keeps one
              // poll at a time, so the watch's state is never touched concurrently.
              return watch
                  .start()
                  .concatWith(
                      Flux.interval(pollInterval)
                          .onBackpressureDrop()
                          .concatMap(t -> watch.poll()));
            });
    // A comment line every ~25 s, below typical proxy and load-balancer idle timeouts (often 30 s
    // or 60 s), so an idle stream stays open.
    Flux<ServerSentEvent<Object>> keepAlive =
        Flux.interval(heartbeat)
            .onBackpressureDrop()
            .map(t -> ServerSentEvent.<Object>builder().comment("keep-alive").build());
    return Flux.merge(changes, keepAlive);
  }
}
