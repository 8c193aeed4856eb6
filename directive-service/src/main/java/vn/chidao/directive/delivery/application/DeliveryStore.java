package vn.chidao.directive.delivery.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.delivery.model.PlannedBatch;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.delivery.model.RecordedBatch;

/**
 * The delivery rows (one per unit, unique per directive × unit, each with its batch number), the
 * receipt counters, the job's state in the directive's document, and one record per batch (number,
 * purpose, its units' ids, whether its event was confirmed). Every write is idempotent, so a job
 * interrupted anywhere is simply run again.
 */
public interface DeliveryStore {

  /** One row per unit of the batch; rows that exist already (a retry) are left as they are. */
  Mono<Void> writeRows(String directiveId, PlannedBatch batch, Instant deliveredAt);

  /**
   * Records batches in the job before their rows are written, in one write; false when a batch of
   * one of those numbers is recorded already (another run of the job got there first; the others
   * may be recorded now).
   */
  Mono<Boolean> recordBatches(String directiveId, List<RecordedBatch> batches);

  /**
   * The running receipt totals with their audience; counts a receipt already added (it may come
   * before the audience is read to the end) are kept.
   */
  Mono<Void> saveCounters(String directiveId, List<ReceiptNodes.Node> nodes);

  /** The audience was read to the end: its size and how many batches it makes. */
  Mono<Void> resolve(String directiveId, int audience, int batches);

  /** The batches recorded so far, with their units (what a resumed job starts from). */
  Flux<RecordedBatch> recordedBatches(String directiveId);

  /** The batches with these numbers, read back from the rows. */
  Flux<PlannedBatch> storedBatches(String directiveId, Collection<Integer> numbers);

  /**
   * Records, in one write, that these batches' {@code DirectiveDelivered} were confirmed (once per
   * batch): batch number → its number of units.
   */
  Mono<Void> markPublished(String directiveId, Map<Integer, Integer> unitsByBatch);

  /** Records that a batch's {@code DirectiveRecalled} was confirmed. */
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
