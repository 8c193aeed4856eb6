package vn.chidao.identity.org.application;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.platform.problem.ProblemException;

/**
 * Carries a change set through its states (ADR 0004): recorded (PENDING) → versions written →
 * APPLIED (visible at once, one document update) → projected into {@code units} and published →
 * PUBLISHED. {@link #recover} takes any change set that stopped on the way the rest of the way.
 */
@Service
public class ApplyingChanges {

  private static final Logger log = LoggerFactory.getLogger(ApplyingChanges.class);
  private static final int PUBLISH_CONCURRENCY = 8;

  private final HistoryStore history;
  private final UnitStore units;
  private final OrgEvents events;
  private final Clock clock;

  public ApplyingChanges(HistoryStore history, UnitStore units, OrgEvents events, Clock clock) {
    this.history = history;
    this.units = units;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records and applies the change set; completes once it is visible. Projection and events follow
   * in the background, since a large move touches thousands of units and the caller need not wait
   * for them; if they fail (broker away), the change set stays APPLIED and the relay ({@link
   * #recover(Duration)}) publishes it later.
   */
  public Mono<ChangeSet> apply(ChangeSet changeSet, String requestedBy) {
    return Mono.defer(
        () -> {
          long started = System.nanoTime();
          return history
              .record(changeSet, requestedBy)
              .then(writeAndFlip(changeSet))
              .doOnSuccess(
                  applied -> {
                    log.info(
                        "Change set {} ({}, {} units) applied in {} ms",
                        changeSet.id(),
                        changeSet.operation(),
                        changeSet.affectedUnitIds().size(),
                        (System.nanoTime() - started) / 1_000_000);
                    publishInBackground(changeSet);
                  })
              .thenReturn(changeSet);
        });
  }

  private void publishInBackground(ChangeSet changeSet) {
    long started = System.nanoTime();
    publish(changeSet)
        .subscribe(
            done -> {},
            error ->
                log.warn(
                    "Change set {} applied but not yet published, the relay retries: {}",
                    changeSet.id(),
                    error.toString()),
            () ->
                log.info(
                    "Change set {} published in {} ms",
                    changeSet.id(),
                    (System.nanoTime() - started) / 1_000_000));
  }

  /** Finishes every change set that stopped half way; returns how many it finished. */
  public Mono<Long> recover() {
    return recover(Duration.ZERO);
  }

  /**
   * Finishes change sets recorded at least {@code age} ago that stopped half way. The age keeps the
   * periodic relay away from change sets a request is still applying.
   */
  public Mono<Long> recover(Duration age) {
    return history
        .unfinished(clock.instant().minus(age))
        .concatMap(
            recorded ->
                (recorded.status() == ChangeSetStatus.PENDING
                        ? writeAndFlip(recorded.changeSet())
                        : Mono.<Void>empty())
                    .then(publish(recorded.changeSet()))
                    .thenReturn(1L)
                    .onErrorResume(
                        error -> {
                          log.warn(
                              "Change set {} not finished yet: {}",
                              recorded.changeSet().id(),
                              error.toString());
                          return Mono.just(0L);
                        }))
        .reduce(0L, Long::sum);
  }

  private Mono<Void> writeAndFlip(ChangeSet changeSet) {
    return history
        .write(changeSet)
        .onErrorResume(
            ChangeSetConflict.class,
            conflict ->
                history
                    .undo(changeSet)
                    .then(history.mark(changeSet.id(), ChangeSetStatus.ABANDONED))
                    .then(
                        Mono.error(
                            ProblemException.conflict(
                                "concurrent-change",
                                "Một thay đổi khác vừa được thực hiện trên cùng đơn vị; hãy tải"
                                    + " lại và thử lại."))))
        .then(history.mark(changeSet.id(), ChangeSetStatus.APPLIED));
  }

  /** Brings each affected unit's projection up to date and publishes it, then marks PUBLISHED. */
  private Mono<Void> publish(ChangeSet changeSet) {
    return Flux.fromIterable(changeSet.affectedUnitIds())
        .flatMap(this::projectAndPublish, PUBLISH_CONCURRENCY)
        .then(history.mark(changeSet.id(), ChangeSetStatus.PUBLISHED))
        .retryWhen(Retry.backoff(2, Duration.ofMillis(200)));
  }

  private Mono<Void> projectAndPublish(String unitId) {
    return history
        .versions(unitId)
        .last()
        .map(UnitVersion::toUnit)
        .flatMap(units::put)
        .then(units.findById(unitId))
        .flatMap(events::unitChanged);
  }
}
