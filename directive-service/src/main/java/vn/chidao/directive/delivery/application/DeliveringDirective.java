package vn.chidao.directive.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.directive.audit.application.AuditTrail;
import vn.chidao.directive.delivery.model.AudienceMember;
import vn.chidao.directive.delivery.model.Batcher;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.delivery.model.PlannedBatch;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.platform.problem.ProblemException;

/**
 * Delivers an issued directive to its audience in two halves around the commit point.
 *
 * <p>Before the directive is stored, {@link #writeRows} streams the audience from the read copy,
 * cuts it into batches of one purpose and writes each batch's rows in one unordered bulk insert
 * while the read goes on (rows that exist already are kept); the rows carry their batch number and
 * are the plan. Rows of a directive that never gets stored are invisible (every read goes through
 * the directive). Storing the directive with its job {@code DELIVERING} is the commit point.
 *
 * <p>After it, {@link #start} publishes one {@code DirectiveDelivered} per batch (a few at a time),
 * waits for the broker's confirm and records the batch as published. A job interrupted anywhere —
 * crash, broker down — is run again by the relay, which reads the unpublished batches back from the
 * rows; a re-published batch has the same event id. A recall stops the job after the batches in
 * flight.
 */
@Service
public class DeliveringDirective {

  private static final Logger log = LoggerFactory.getLogger(DeliveringDirective.class);

  private final DeliveryStore store;
  private final DirectiveStore directives;
  private final DeliveryEvents events;
  private final DeliverySettings settings;
  private final AnnouncingWithdrawal withdrawals;
  private final AuditTrail audit;
  private final Clock clock;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public DeliveringDirective(
      DeliveryStore store,
      DirectiveStore directives,
      DeliveryEvents events,
      DeliverySettings settings,
      AnnouncingWithdrawal withdrawals,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.directives = directives;
    this.events = events;
    this.settings = settings;
    this.withdrawals = withdrawals;
    this.audit = audit;
    this.clock = clock;
  }

  /** The rows written for a directive not yet stored: its batches and audience size. */
  public record Plan(List<PlannedBatch> batches, int audience) {}

  /**
   * Writes the rows and receipt counters of a directive about to be stored. An audience without a
   * single unit is refused with nothing written.
   */
  public Mono<Plan> writeRows(Directive directive, Flux<AudienceMember> audience) {
    return Mono.defer(
        () -> {
          Batcher batcher = new Batcher(settings.batchSize());
          ReceiptNodes.Tally tally =
              new ReceiptNodes.Tally(directive.issuerPath(), settings.counterLevels());
          Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
          return audience
              .doOnNext(tally::add)
              .concatMapIterable(batcher::add)
              .concatWith(Flux.defer(() -> Flux.fromIterable(batcher.finish())))
              .flatMap(
                  batch -> store.writeRows(directive.id(), batch, now).thenReturn(batch),
                  settings.concurrency())
              .collectList()
              .flatMap(
                  batches ->
                      batches.isEmpty()
                          ? Mono.error(DeliveringDirective::emptyAudience)
                          : store
                              .saveCounters(directive.id(), tally.nodes())
                              .thenReturn(
                                  new Plan(
                                      batches.stream()
                                          .sorted(Comparator.comparingInt(PlannedBatch::number))
                                          .toList(),
                                      tally.total())));
        });
  }

  /** Publishes the batches just written, in the background, unless this instance already runs. */
  public void start(String directiveId, List<PlannedBatch> batches) {
    launch(directiveId, Flux.fromIterable(batches));
  }

  /** Resumes a job: the batches still unpublished are read back from the rows. */
  public void start(String directiveId) {
    launch(directiveId, null);
  }

  private void launch(String directiveId, Flux<PlannedBatch> written) {
    if (!running.add(directiveId)) {
      return;
    }
    run(directiveId, written)
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
  public Mono<Void> run(String directiveId, Flux<PlannedBatch> written) {
    return directives
        .findById(directiveId)
        .flatMap(
            directive ->
                withdrawals
                    .supersedeOld(directive)
                    .then(store.progress(directiveId))
                    .flatMap(progress -> publishRemaining(directive, progress, written)));
  }

  private Mono<Void> publishRemaining(
      Directive directive, DeliveryProgress progress, Flux<PlannedBatch> written) {
    if (!progress.running()) {
      return Mono.empty();
    }
    List<Integer> left = progress.unpublished();
    Flux<PlannedBatch> batches =
        written == null
            ? store.storedBatches(directive.id(), left)
            : written.filter(batch -> left.contains(batch.number()));
    return batches
        .flatMap(batch -> publish(directive, batch, progress.batches()), settings.concurrency())
        .then(Mono.defer(() -> finish(directive)));
  }

  private Mono<Boolean> publish(Directive directive, PlannedBatch batch, int batchCount) {
    return store
        .status(directive.id())
        .flatMap(
            status -> {
              if (!"ISSUED".equals(status)) {
                return Mono.just(false); // recalled meanwhile: this batch is not announced
              }
              Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
              return events
                  .publishDelivered(BatchEvents.delivered(directive, batch, batchCount, now))
                  .then(store.markPublished(directive.id(), batch.number(), batch.members().size()))
                  .thenReturn(true);
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
                    .then(audit.system(directive.id(), "DELIVERED", null));
              }
              return store
                  .finishDelivery(directive.id(), DeliveryProgress.STOPPED, now)
                  .then(audit.system(directive.id(), "DELIVERY_STOPPED", status))
                  .then(Mono.fromRunnable(() -> withdrawals.start(directive.id())));
            });
  }

  static ProblemException emptyAudience() {
    return new ProblemException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "audience-empty",
        "Dữ liệu không hợp lệ",
        "Danh sách nơi nhận không bao gồm đơn vị nào đang hoạt động; văn bản không được ban hành.");
  }
}
