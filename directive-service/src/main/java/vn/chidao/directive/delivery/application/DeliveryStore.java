package vn.chidao.directive.delivery.application;

import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.delivery.model.PlannedBatch;
import vn.chidao.directive.delivery.model.ReceiptNodes;

/**
 * The delivery plan (batches written before the directive is committed), the delivery rows (one per
 * unit, unique per directive × unit) and the job's progress. Every write is idempotent, so a job
 * interrupted anywhere is simply run again.
 */
public interface DeliveryStore {

  /** Which batches of a plan to read. */
  enum Batches {
    /** Not yet delivered: rows or event still missing. */
    UNDELIVERED,
    /** Delivered, but their recall not yet announced. */
    RECALL_UNANNOUNCED,
    /** Delivered. */
    DELIVERED
  }

  Mono<Void> savePlan(String directiveId, List<PlannedBatch> batches);

  /** The running receipt totals, each starting at zero with its audience. */
  Mono<Void> saveCounters(String directiveId, List<ReceiptNodes.Node> nodes);

  Flux<PlannedBatch> batches(String directiveId, Batches which);

  /** One row per unit of the batch; rows that exist already (a retry) are left as they are. */
  Mono<Void> writeRows(String directiveId, PlannedBatch batch, Instant deliveredAt);

  Mono<Void> markDelivered(String directiveId, int batch);

  Mono<Void> markRecallAnnounced(String directiveId, int batch);

  /** The directive's status as stored now ({@code ISSUED}, {@code RECALLED}...). */
  Mono<String> status(String directiveId);

  Mono<DeliveryProgress> progress(String directiveId);

  Mono<Void> finishDelivery(String directiveId, String state, Instant at);

  Mono<Void> finishRecallAnnouncement(String directiveId);

  /** Directives whose delivery job has been running since before {@code startedBefore}. */
  Flux<String> unfinishedDeliveries(Instant startedBefore, int limit);

  /** Withdrawn directives whose delivery ended and whose recall is not yet fully announced. */
  Flux<String> unannouncedWithdrawals(int limit);
}
