package vn.chidao.identity.people.adapter.in.relay;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import vn.chidao.identity.people.adapter.out.mongo.PeopleIndexes;
import vn.chidao.identity.people.application.SyncStore;
import vn.chidao.identity.people.application.SyncingPeople;

/**
 * Finishes what a request could not: people still marked in the outbox a while after their change
 * (a crash after the write, the broker or Keycloak away) are synced again, at start-up and then
 * periodically. Repeating a sync is harmless (same event ids, provisioning compares first).
 */
@Component
class PeopleSyncRelay implements ApplicationRunner, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(PeopleSyncRelay.class);
  private static final int BATCH = 100;

  private final PeopleIndexes indexes;
  private final SyncStore sync;
  private final SyncingPeople syncing;
  private final Clock clock;
  private final Duration period;
  private volatile Disposable relay;

  PeopleSyncRelay(
      PeopleIndexes indexes,
      SyncStore sync,
      SyncingPeople syncing,
      Clock clock,
      @Value("${chidao.people.relay-period:30s}") Duration period) {
    this.indexes = indexes;
    this.sync = sync;
    this.syncing = syncing;
    this.clock = clock;
    this.period = period;
  }

  @Override
  public void run(ApplicationArguments args) {
    // Start-up, main thread, before requests: waiting for the indexes is fine here.
    indexes.ensure().block(Duration.ofMinutes(1));
    relay =
        Flux.interval(Duration.ZERO, period)
            .onBackpressureDrop()
            .concatMap(tick -> relayOnce().onErrorResume(this::logged), 1)
            .subscribe();
  }

  /** Syncs everyone marked for longer than one period; emits how many were attempted. */
  reactor.core.publisher.Mono<Long> relayOnce() {
    return sync.pending(clock.instant().minus(period), BATCH)
        .concatMap(pending -> syncing.sync(pending.username(), pending.ticket()))
        .count()
        .doOnNext(
            count -> {
              if (count > 0) {
                log.info("Relayed {} people changes", count);
              }
            });
  }

  private reactor.core.publisher.Mono<Long> logged(Throwable failure) {
    log.warn("People relay failed, next round retries: {}", failure.toString());
    return reactor.core.publisher.Mono.just(0L);
  }

  @Override
  public void destroy() {
    if (relay != null) {
      relay.dispose();
    }
  }
}
