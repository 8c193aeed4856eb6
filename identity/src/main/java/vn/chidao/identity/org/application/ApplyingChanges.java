package vn.chidao.identity.org.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.chidao.identity.org.application.HistoryStore.RecordedChangeSet;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;
import vn.chidao.platform.problem.ProblemException;

/**
 * Carries a change set through its states (ADR 0004): recorded (PENDING) → versions written →
 * APPLIED (visible at once, one document update) → projected into {@code units} and published →
 * PUBLISHED. {@link #recover} takes any change set that stopped on the way the rest of the way.
 */
@Service
public class ApplyingChanges {

  private static final Logger log = LoggerFactory.getLogger(ApplyingChanges.class);

  /** Events awaiting their publisher confirm at once. */
  private static final int PUBLISH_CONCURRENCY = 64;

  /** Units projected and published between two progress marks of a change set. */
  private static final int PUBLISH_SLICE = 1000;

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
   * for them; if they fail (broker away), the change set stays APPLIED — it is its own outbox — and
   * the relay ({@link #recover(Duration)}) publishes it later.
   */
  public Mono<ChangeSet> apply(ChangeSet changeSet, String requestedBy) {
    return apply(changeSet, requestedBy, written -> {});
  }

  /**
   * As {@link #apply(ChangeSet, String)}, telling {@code progress} how many of the change set's
   * {@link ChangeSet#size()} version writes are done (an import's progress bar).
   */
  public Mono<ChangeSet> apply(ChangeSet changeSet, String requestedBy, LongConsumer progress) {
    return Mono.defer(
        () -> {
          long started = System.nanoTime();
          return history
              .record(changeSet, requestedBy)
              .flatMap(
                  recorded ->
                      writeAndFlip(changeSet, progress)
                          .doOnSuccess(
                              applied -> {
                                log.info(
                                    "Change set {} ({}, {} units) applied in {} ms",
                                    changeSet.id(),
                                    changeSet.operation(),
                                    changeSet.affectedUnitIds().size(),
                                    (System.nanoTime() - started) / 1_000_000);
                                publishInBackground(recorded);
                              }))
              .thenReturn(changeSet);
        });
  }

  private void publishInBackground(RecordedChangeSet recorded) {
    long started = System.nanoTime();
    publish(recorded)
        .subscribe(
            done -> {},
            error ->
                log.warn(
                    "Change set {} applied but not yet published, the relay retries: {}",
                    recorded.changeSet().id(),
                    error.toString()),
            () ->
                log.info(
                    "Change set {} published in {} ms",
                    recorded.changeSet().id(),
                    (System.nanoTime() - started) / 1_000_000));
  }

  /** Finishes every change set that stopped half way; returns how many it finished. */
  public Mono<Long> recover() {
    return recover(Duration.ZERO);
  }

  /**
   * Finishes change sets recorded at least {@code age} ago that stopped half way: writes and flips
   * a PENDING one, publishes an APPLIED one from where its publication stopped. The age keeps the
   * periodic relay away from change sets a request is still applying.
   */
  public Mono<Long> recover(Duration age) {
    return history
        .unfinished(clock.instant().minus(age))
        .concatMap(
            recorded ->
                (recorded.status() == ChangeSetStatus.PENDING
                        ? writeAndFlip(recorded.changeSet(), written -> {})
                        : Mono.<Void>empty())
                    .then(publish(recorded))
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

  private Mono<Void> writeAndFlip(ChangeSet changeSet, LongConsumer progress) {
    return history
        .write(changeSet, progress)
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

  /**
   * The change set is the outbox of its events (ADR 0004): from its final states, a slice at a
   * time, the projection is brought up to date and one {@code OrgUnitChanged} per unit is published
   * with publisher confirms; the header then records how many are out, so a relay after a crash or
   * a broker outage resumes there. Each event's id and time come from the change set (version seq
   * and recording time), so a re-sent event is recognisably the same one.
   */
  private Mono<Void> publish(RecordedChangeSet recorded) {
    ChangeSet changeSet = recorded.changeSet();
    List<Versioned<OrgUnit>> finals =
        changeSet.finalStates().stream()
            .map(version -> new Versioned<>(version.toUnit(), version.seq(), recorded.recordedAt()))
            .toList();
    List<Integer> sliceStarts = new ArrayList<>();
    for (int from = recorded.publishedUnits(); from < finals.size(); from += PUBLISH_SLICE) {
      sliceStarts.add(from);
    }
    return Flux.fromIterable(sliceStarts)
        .concatMap(
            from -> {
              int to = Math.min(finals.size(), from + PUBLISH_SLICE);
              List<Versioned<OrgUnit>> slice = finals.subList(from, to);
              return units
                  .putAll(slice)
                  .thenMany(Flux.fromIterable(slice))
                  .flatMap(events::unitChanged, PUBLISH_CONCURRENCY)
                  .then(history.markPublished(changeSet.id(), to));
            })
        .then(history.mark(changeSet.id(), ChangeSetStatus.PUBLISHED))
        .retryWhen(Retry.backoff(2, Duration.ofMillis(200)));
  }
}
