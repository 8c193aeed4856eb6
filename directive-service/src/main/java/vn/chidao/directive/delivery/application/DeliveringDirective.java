package vn.chidao.directive.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.directive.audit.application.AuditTrail;
import vn.chidao.directive.delivery.model.Audience;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.delivery.model.PlannedBatch;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Directive;

/**
 * Delivers an issued directive to its audience. Before the directive is stored, its audience is cut
 * into batches and that plan is written ({@link #plan}); storing the directive with its job marked
 * {@code DELIVERING} is the commit point. The job then, batch by batch (a few at a time): writes
 * the batch's rows in one unordered bulk insert (rows that exist already are kept), publishes its
 * {@code DirectiveDelivered} and waits for the broker's confirm, and marks the batch delivered. A
 * job interrupted anywhere — crash, broker down — is run again by the relay; every step is
 * idempotent and a re-published batch has the same event id. A recall stops the job after the
 * batches in flight.
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

  /** Writes the plan of a directive not yet stored; returns how many batches it has. */
  public Mono<Integer> plan(Directive directive, Audience audience) {
    List<PlannedBatch> batches = audience.batches(settings.batchSize());
    List<ReceiptNodes.Node> nodes =
        ReceiptNodes.tally(directive.issuerPath(), audience.members(), settings.counterLevels());
    return store
        .savePlan(directive.id(), batches)
        .then(store.saveCounters(directive.id(), nodes))
        .thenReturn(batches.size());
  }

  /** Runs the job in the background unless this instance already runs it. */
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

  /** The whole job; completes when every batch is delivered or a recall stopped it. */
  public Mono<Void> run(String directiveId) {
    return directives
        .findById(directiveId)
        .flatMap(
            directive ->
                withdrawals
                    .supersedeOld(directive)
                    .then(store.progress(directiveId))
                    .flatMap(progress -> deliverRemaining(directive, progress)));
  }

  private Mono<Void> deliverRemaining(Directive directive, DeliveryProgress progress) {
    if (!progress.running()) {
      return Mono.empty();
    }
    return store
        .batches(directive.id(), DeliveryStore.Batches.UNDELIVERED)
        .flatMap(batch -> deliver(directive, batch, progress.batches()), settings.concurrency())
        .then(Mono.defer(() -> finish(directive)));
  }

  private Mono<Boolean> deliver(Directive directive, PlannedBatch batch, int batchCount) {
    return store
        .status(directive.id())
        .flatMap(
            status -> {
              if (!"ISSUED".equals(status)) {
                return Mono.just(false); // recalled meanwhile: this batch is not sent
              }
              Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
              return store
                  .writeRows(directive.id(), batch, now)
                  .then(
                      events.publishDelivered(
                          BatchEvents.delivered(directive, batch, batchCount, now)))
                  .then(store.markDelivered(directive.id(), batch.number()))
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
}
