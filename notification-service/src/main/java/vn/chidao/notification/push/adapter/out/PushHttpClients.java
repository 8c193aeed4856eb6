package vn.chidao.notification.push.adapter.out;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The HTTP client pushes go out with: Reactor Netty, non-blocking on its event loops, with a pool
 * of kept-alive connections per push service.
 *
 * <p>Not the JDK {@code HttpClient}: its {@code sendAsync} hands every completion to {@code
 * CompletableFuture}'s default executor, which on a machine with two cores (common pool parallelism
 * 1) starts a new thread per task — a thread per push, ~0.2 ms of CPU each here.
 */
public final class PushHttpClients {

  /** Idle connections are closed before push services drop them on their side. */
  private static final Duration MAX_IDLE = Duration.ofSeconds(30);

  private PushHttpClients() {}

  /**
   * @param connections connections kept per push service: the pushes in flight at once
   */
  public static ConnectionProvider pool(int connections) {
    return ConnectionProvider.builder("push")
        .maxConnections(connections)
        .pendingAcquireMaxCount(-1)
        .maxIdleTime(MAX_IDLE)
        .evictInBackground(MAX_IDLE)
        .build();
  }

  /** The whole exchange's time limit is the transport's ({@code request-timeout}). */
  public static HttpClient client(ConnectionProvider pool, Duration connectTimeout) {
    return HttpClient.create(pool)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis());
  }
}
