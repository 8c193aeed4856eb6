package vn.chidao.directive.receipt.application;

import java.time.Instant;
import java.util.List;
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
   * already (compare-and-set on the row).
   */
  Mono<Boolean> advance(
      String directiveId, String unitId, ReceiptStep step, Instant at, String by, String as);

  /** Adds one unit that reached {@code step} to the totals of {@code nodes}. */
  Mono<Void> count(String directiveId, List<String> nodes, ReceiptStep step);

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
