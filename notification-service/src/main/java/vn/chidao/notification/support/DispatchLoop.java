package vn.chidao.notification.support;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs a channel's dispatch passes over its delivery log: one at start, one per poll interval (for
 * retries that came due and leases that ran out) and one soon after each wake-up (fresh entries).
 * Passes never overlap within an instance; a wake-up during a pass is kept (only the latest) and
 * runs one more pass afterwards, so nothing queued meanwhile waits for the next poll. A pass that
 * handled a full batch asks for another at once, since more may be due.
 */
public final class DispatchLoop {

  private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

  private final String channel;
  private final Duration pollInterval;
  private final int batchSize;
  private final Supplier<Mono<Integer>> pass;
  private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
  private Disposable loop;

  /**
   * @param pass one pass over up to {@code batchSize} due entries, emitting how many it handled
   */
  public DispatchLoop(
      String channel, Duration pollInterval, int batchSize, Supplier<Mono<Integer>> pass) {
    this.channel = channel;
    this.pollInterval = pollInterval;
    this.batchSize = batchSize;
    this.pass = pass;
  }

  public synchronized void start() {
    if (loop != null) {
      return;
    }
    loop =
        Flux.merge(Flux.interval(pollInterval).map(tick -> true), wakeUps.asFlux())
            .startWith(true)
            .onBackpressureLatest()
            .concatMap(signal -> pass.get().onErrorResume(this::logPassFailure), 1)
            .subscribe(
                handled -> {
                  if (handled >= batchSize) {
                    wake();
                  }
                });
  }

  public synchronized void stop() {
    if (loop != null) {
      loop.dispose();
      loop = null;
    }
  }

  public synchronized boolean isRunning() {
    return loop != null;
  }

  /** Asks for a pass soon. A wake-up lost to a concurrent one is harmless: a pass runs anyway. */
  public void wake() {
    wakeUps.tryEmitNext(true);
  }

  private Mono<Integer> logPassFailure(Throwable error) {
    log.warn("{} dispatch pass failed; the next poll retries", channel, error);
    return Mono.empty();
  }
}
