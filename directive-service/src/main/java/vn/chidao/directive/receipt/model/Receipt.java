package vn.chidao.directive.receipt.model;

import java.time.Instant;

/**
 * One unit's receipt of one directive (its delivery row).
 *
 * @param forwardedAs the covering note that forwarded it, or null
 * @param implementedAs the implementing document, or null
 */
public record Receipt(
    String directiveId,
    String unitId,
    String tenant,
    String path,
    String purpose,
    Instant deliveredAt,
    Instant readAt,
    String readBy,
    Instant acknowledgedAt,
    String acknowledgedBy,
    Instant forwardedAt,
    String forwardedAs,
    Instant implementedAt,
    String implementedAs) {

  /** The furthest step reached, or {@code DELIVERED}. */
  public String state() {
    if (implementedAt != null) {
      return ReceiptStep.IMPLEMENTED.name();
    }
    if (forwardedAt != null) {
      return ReceiptStep.FORWARDED.name();
    }
    if (acknowledgedAt != null) {
      return ReceiptStep.ACKNOWLEDGED.name();
    }
    return readAt != null ? ReceiptStep.READ.name() : "DELIVERED";
  }
}
