package vn.chidao.contracts.report;

import java.time.Instant;
import java.util.List;

/**
 * Reports became due from a batch of units for one period (obligations opened when the directive
 * was delivered or a period rolled over). Sent in batches of units, never one message per unit.
 *
 * @param eventId stable per (period, batch): a re-published batch has the same id
 * @param tenant province of the units in this batch
 * @param batch 1-based number of this batch
 * @param batchCount how many batches this notice has
 */
public record ObligationsOpened(
    String eventId,
    Instant occurredAt,
    String tenant,
    ReportPeriodRef period,
    int batch,
    int batchCount,
    List<String> unitIds) {

  public ObligationsOpened {
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
  }
}
