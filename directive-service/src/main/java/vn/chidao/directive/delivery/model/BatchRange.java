package vn.chidao.directive.delivery.model;

import java.util.Objects;
import vn.chidao.directive.issue.model.Purpose;

/**
 * A batch as recorded in the delivery job before its rows are written: its number, purpose and the
 * first and last unit id it holds. The audience streams in unit-id order, so a batch of one purpose
 * holds every audience unit of that purpose between {@code from} and {@code to}; a resumed job
 * rebuilds it from the tree without having to trust half-written rows.
 */
public record BatchRange(int number, Purpose purpose, String from, String to) {
  public BatchRange {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (number < 1 || from.compareTo(to) > 0) {
      throw new IllegalArgumentException("a range is numbered from 1 and runs upwards");
    }
  }

  public static BatchRange of(PlannedBatch batch) {
    return new BatchRange(
        batch.number(),
        batch.purpose(),
        batch.members().get(0).unitId(),
        batch.members().get(batch.members().size() - 1).unitId());
  }

  boolean holds(String unitId) {
    return from.compareTo(unitId) <= 0 && unitId.compareTo(to) <= 0;
  }
}
