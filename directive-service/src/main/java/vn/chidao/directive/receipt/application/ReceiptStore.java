package vn.chidao.directive.receipt.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.receipt.model.Receipt;
import vn.chidao.directive.receipt.model.ReceiptCounts;
import vn.chidao.directive.receipt.model.ReceiptStep;

/** Delivery rows as receipts, and the running totals over them. */
public interface ReceiptStore {

  Mono<Receipt> find(String directiveId, String unitId);

  /**
   * Records a step once: true for the one caller that recorded it, false when it was recorded
   * already (compare-and-set on the row). The winner's row is marked as not yet counted in the same
   * write; {@link #settle} removes the mark once the totals have it.
   */
  Mono<Boolean> advance(
      String directiveId, String unitId, ReceiptStep step, Instant at, String by, String as);

  /** Adds one unit that reached {@code step} to the totals of {@code nodes}. */
  Mono<Void> count(String directiveId, List<String> nodes, ReceiptStep step);

  /** The totals have the unit's {@code step}: its not-yet-counted mark goes. */
  Mono<Void> settle(String directiveId, String unitId, ReceiptStep step);

  /** Directives with a row marked not yet counted (a crash between the row and the totals). */
  Flux<String> directivesWithUncounted(int limit);

  /** Every receipt of a directive (for a recount). */
  Flux<Receipt> all(String directiveId);

  /**
   * Sets the step counts of each of the directive's counters to {@code counts} (node → read,
   * acknowledged, forwarded, implemented; absent → zeros) and removes the rows' not-yet-counted
   * marks.
   */
  Mono<Void> overwriteCounts(String directiveId, Map<String, long[]> counts);

  /**
   * Notes on the unit's row, before {@code as} is stored, that it will forward or implement the
   * directive, so a crash between storing {@code as} and recording the step can be finished.
   */
  Mono<Void> intendFollowUp(
      String directiveId, String unitId, ReceiptStep step, String as, String by);

  Mono<Void> clearFollowUp(String directiveId, String unitId, String as);

  /** Follow-ups noted and not cleared. */
  Flux<FollowUpIntent> followUpIntents(int limit);

  /** A noted follow-up: {@code unitId}'s receipt of {@code directiveId} becomes {@code step}. */
  record FollowUpIntent(
      String directiveId, String unitId, ReceiptStep step, String as, String by) {}

  Mono<ReceiptCounts> counter(String directiveId, String node);

  Flux<ReceiptCounts> childCounters(String directiveId, String parentNode);

  /** Counts a subtree from its rows, for nodes below the running totals (small subtrees). */
  Mono<ReceiptCounts> countRows(String directiveId, String unitId, String path);

  /** Receipts that have not reached {@code step}, under {@code path}, by path. */
  Flux<Receipt> pending(String directiveId, ReceiptStep step, String path, int page, int size);

  Mono<Long> countPending(String directiveId, ReceiptStep step, String path);

  /** A unit's receipts of every directive: unread first, then newest. */
  Flux<Receipt> inbox(String unitId, String tenant, int page, int size);

  Mono<Long> countInbox(String unitId, String tenant, boolean unreadOnly);
}
