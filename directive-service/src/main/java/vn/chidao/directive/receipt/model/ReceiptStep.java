package vn.chidao.directive.receipt.model;

import java.util.List;

/**
 * The steps of a unit's receipt, in order: delivered (the row exists) → read → acknowledged →
 * forwarded or implemented. Each step is recorded once, with who and when; a later step implies the
 * earlier ones, which are recorded with it when they were skipped.
 */
public enum ReceiptStep {
  READ("read"),
  ACKNOWLEDGED("acknowledged"),
  FORWARDED("forwarded"),
  IMPLEMENTED("implemented");

  private final String field;

  ReceiptStep(String field) {
    this.field = field;
  }

  /** The name of its counter and the prefix of its fields ({@code readAt}, {@code readBy}). */
  public String field() {
    return field;
  }

  /** The steps recorded when this one is: the missing earlier ones, then itself. */
  public List<ReceiptStep> withPrerequisites() {
    return switch (this) {
      case READ -> List.of(READ);
      case ACKNOWLEDGED -> List.of(READ, ACKNOWLEDGED);
      case FORWARDED -> List.of(READ, ACKNOWLEDGED, FORWARDED);
      case IMPLEMENTED -> List.of(READ, ACKNOWLEDGED, IMPLEMENTED);
    };
  }
}
