package vn.chidao.directive.delivery.model;

import java.util.List;
import java.util.Objects;
import vn.chidao.directive.issue.model.Purpose;

/**
 * A batch as recorded in the delivery job before its rows are written: its number, purpose and the
 * ids of its units. The record claims the number (a second run of the job that reaches it is told
 * so) and fixes the batch's units, so a resumed job rebuilds exactly this batch, in whatever order
 * the audience streams and however many of its rows were written.
 */
public record RecordedBatch(int number, Purpose purpose, List<String> unitIds) {
  public RecordedBatch {
    Objects.requireNonNull(purpose, "purpose");
    unitIds = List.copyOf(unitIds);
    if (number < 1 || unitIds.isEmpty()) {
      throw new IllegalArgumentException("a batch is numbered from 1 and has units");
    }
  }

  public static RecordedBatch of(PlannedBatch batch) {
    return new RecordedBatch(batch.number(), batch.purpose(), batch.unitIds());
  }
}
