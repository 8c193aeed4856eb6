package vn.chidao.directive.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import vn.chidao.directive.audit.application.AuditTrail;
import vn.chidao.directive.delivery.model.AudienceMember;
import vn.chidao.directive.delivery.model.Batcher;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.delivery.model.PlannedBatch;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.delivery.model.RecordedBatch;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.application.UnitDirectory;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.platform.problem.ProblemException;

/**
 * Delivers an issued directive after its commit point (the directive stored with its job {@code
 * DELIVERING}); the issue API has answered by then.
 *
 * <p>The job streams the audience from the read copy, in whatever order the database returns it,
 * and cuts it into batches of one purpose as it comes; the read runs ahead of the writes. Each
 * batch is first recorded in the job (number, purpose and its units' ids; up to 16 batches in one
 * write), then its rows are written in one unordered bulk insert ({@code concurrency} at a time;
 * rows that exist already count as written), then its {@code DirectiveDelivered} is published and,
 * once the broker confirms, the batch is recorded as published (again up to 16 in one write).
 * Publishing waits only for the end of the read (each event carries the batch count), so it
 * overlaps the inserts still running. At the end of the read the receipt counters are saved and the
 * audience size recorded.
 *
 * <p>A job interrupted anywhere — crash, broker down — is run again by the relay: it streams the
 * audience again; a unit a recorded batch holds goes back into that batch (written again, published
 * if it was not), the others into new batches (see {@link Batcher}). A re-published batch has the
 * same event id and the same units. A run that finds a batch number it was about to record recorded
 * already (another instance runs the job too) stops, so two runs never give one number to different
 * units. A recall stops the job after the batches in flight (the status is looked up again every
 * 100 ms, so a batch or two more may be announced; every announced batch is withdrawn with the
 * rest).
 */
@Service
public class DeliveringDirective {

  private static final Logger log = LoggerFactory.getLogger(DeliveringDirective.class);

  /**
   * Batches recorded, and marked published, in one write: the job's bookkeeping is two small writes
   * per group instead of per batch. A group waits at most {@link #BOOKKEEPING_WAIT} to fill.
   */
  private static final int BOOKKEEPING_GROUP = 16;

  private static final Duration BOOKKEEPING_WAIT = Duration.ofMillis(20);

  /**
   * Publishes waiting for the broker's confirm at once. Not {@code concurrency}: that bounds the
   * bulk writes, which load the database, while a publish mostly waits for its confirm; and no
   * batch can be published before the read ends (its event carries the batch count), so by then
   * most batches are written and waiting, and a few at a time made that backlog the job's tail.
   */
  private static final int PUBLISHES_IN_FLIGHT = 32;

  /** How long a looked-up status is trusted before the next batch is announced. */
  private static final Duration STATUS_FRESHNESS = Duration.ofMillis(100);

  private final DeliveryStore store;
  private final DirectiveStore directives;
  private final UnitDirectory units;
  private final ResolvingAudience audiences;
  private final DeliveryEvents events;
  private final DeliverySettings settings;
  private final AnnouncingWithdrawal withdrawals;
  private final AuditTrail audit;
  private final Clock clock;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public DeliveringDirective(
      DeliveryStore store,
      DirectiveStore directives,
      UnitDirectory units,
      ResolvingAudience audiences,
      DeliveryEvents events,
      DeliverySettings settings,
      AnnouncingWithdrawal withdrawals,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.directives = directives;
    this.units = units;
    this.audiences = audiences;
    this.events = events;
    this.settings = settings;
    this.withdrawals = withdrawals;
    this.audit = audit;
    this.clock = clock;
  }

  /** Runs (or resumes) the job in the background, unless this instance already runs it. */
  public void start(String directiveId) {
    if (!running.add(directiveId)) {
      return;
    }
    run(directiveId)
        .doFinally(signal -> running.remove(directiveId))
        .subscribeOn(Schedulers.parallel())
        .subscribe(
            null,
            error ->
                log.warn(
                    "Delivery of directive {} interrupted; the relay resumes it: {}",
                    directiveId,
                    error.toString()));
  }

  /** The job; completes when every batch is published or a recall stopped it. */
  public Mono<Void> run(String directiveId) {
    return directives
        .findById(directiveId)
        .flatMap(
            directive ->
                withdrawals
                    .supersedeOld(directive)
                    .then(store.progress(directiveId))
                    .filter(DeliveryProgress::running)
                    .flatMap(progress -> deliver(directive, progress)));
  }

  /** How far the read got: the audience size and the number of batches. */
  private record Resolved(int audience, int batches) {}

  /** A fresh job's batcher, or a resumed one's with the batches the interrupted run recorded. */
  private Mono<Batcher> batcher(String id, DeliveryProgress progress) {
    if (progress.recorded().isEmpty()) {
      return Mono.just(new Batcher(settings.batchSize()));
    }
    return store
        .recordedBatches(id)
        .collectList()
        .map(recorded -> new Batcher(settings.batchSize(), recorded, progress.published()));
  }

  private Mono<Void> deliver(Directive directive, DeliveryProgress progress) {
    return batcher(directive.id(), progress)
        .flatMap(batcher -> deliver(directive, progress, batcher));
  }

  private Mono<Void> deliver(Directive directive, DeliveryProgress progress, Batcher batcher) {
    String id = directive.id();
    Set<Integer> recorded = new HashSet<>(progress.recorded());
    ReceiptNodes.Tally tally =
        new ReceiptNodes.Tally(directive.issuerPath(), settings.counterLevels());
    Sinks.One<Resolved> readToTheEnd = Sinks.one();
    Mono<Resolved> read = readToTheEnd.asMono();
    // Saved once the read ends, while the batches are published (a receipt that comes first is
    // kept: the counters are upserts); the job finishes only after.
    Mono<Void> countersSaved =
        read.flatMap(
                done ->
                    store
                        .saveCounters(id, tally.nodes())
                        .then(store.resolve(id, done.audience(), done.batches())))
            .cache();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Flux<PlannedBatch> batches =
        audienceOf(directive)
            .doOnNext(tally::add)
            .concatMapIterable(batcher::add)
            .concatWith(Flux.defer(() -> Flux.fromIterable(batcher.finish())))
            .doOnComplete(
                () -> readToTheEnd.tryEmitValue(new Resolved(tally.total(), batcher.lastNumber())))
            .onBackpressureBuffer();
    // The status is looked up again at most every STATUS_FRESHNESS, not for every batch.
    Mono<String> status = store.status(id).cache(STATUS_FRESHNESS);
    return batches
        .bufferTimeout(BOOKKEEPING_GROUP, BOOKKEEPING_WAIT, true)
        .concatMap(group -> record(id, group, recorded))
        .flatMap(batch -> store.writeRows(id, batch, now).thenReturn(batch), settings.concurrency())
        .flatMap(batch -> read.thenReturn(batch), Integer.MAX_VALUE)
        .mergeWith(countersSaved.then(Mono.<PlannedBatch>empty()))
        .flatMap(
            batch -> read.flatMap(done -> publish(directive, batch, done.batches(), status)),
            PUBLISHES_IN_FLIGHT)
        .bufferTimeout(BOOKKEEPING_GROUP, BOOKKEEPING_WAIT, true)
        .concatMap(published -> store.markPublished(id, unitsByBatch(published)))
        .then(countersSaved)
        .then(Mono.defer(() -> finish(directive)));
  }

  /**
   * Records the group's batches that are not recorded yet, in one write, then hands the whole group
   * on; fails when another run of this job recorded one of those numbers first.
   */
  private Flux<PlannedBatch> record(String id, List<PlannedBatch> group, Set<Integer> recorded) {
    List<RecordedBatch> fresh =
        group.stream()
            .filter(batch -> !recorded.contains(batch.number()))
            .map(RecordedBatch::of)
            .toList();
    return store
        .recordBatches(id, fresh)
        .flatMapMany(
            all ->
                all
                    ? Flux.fromIterable(group)
                    : Flux.error(
                        new IllegalStateException(
                            "one of batches "
                                + fresh.get(0).number()
                                + "–"
                                + fresh.get(fresh.size() - 1).number()
                                + " was recorded by another run of this job")));
  }

  private static Map<Integer, Integer> unitsByBatch(List<PlannedBatch> published) {
    Map<Integer, Integer> units = new LinkedHashMap<>();
    published.forEach(batch -> units.put(batch.number(), batch.members().size()));
    return units;
  }

  /** The directive's distribution list against the read copy as it is now. */
  private Flux<AudienceMember> audienceOf(Directive directive) {
    List<Recipient> distribution = directive.details().recipients();
    return units
        .findByIds(distribution.stream().map(Recipient::unitId).distinct().toList())
        .flatMapMany(named -> audiences.members(distribution, named));
  }

  /** Publishes the batch's event; empty when the directive is no longer in force. */
  private Mono<PlannedBatch> publish(
      Directive directive, PlannedBatch batch, int batchCount, Mono<String> status) {
    return status.flatMap(
        now -> {
          if (!"ISSUED".equals(now)) {
            return Mono.empty(); // recalled meanwhile: this batch is not announced
          }
          Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
          return events
              .publishDelivered(BatchEvents.delivered(directive, batch, batchCount, at))
              .thenReturn(batch);
        });
  }

  private Mono<Void> finish(Directive directive) {
    Instant now = clock.instant();
    return store
        .status(directive.id())
        .flatMap(
            status -> {
              if ("ISSUED".equals(status)) {
                return store
                    .finishDelivery(directive.id(), DeliveryProgress.DELIVERED, now)
                    .then(store.progress(directive.id()))
                    .flatMap(
                        progress ->
                            audit.system(
                                directive.id(), "DELIVERED", progress.audience() + " đơn vị"));
              }
              return store
                  .finishDelivery(directive.id(), DeliveryProgress.STOPPED, now)
                  .then(audit.system(directive.id(), "DELIVERY_STOPPED", status))
                  .then(Mono.fromRunnable(() -> withdrawals.start(directive.id())));
            });
  }

  public static ProblemException emptyAudience() {
    return new ProblemException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "audience-empty",
        "Dữ liệu không hợp lệ",
        "Danh sách nơi nhận không bao gồm đơn vị nào đang hoạt động; văn bản không được ban hành.");
  }
}
