package vn.chidao.contracts.directive;

import java.time.Instant;
import java.util.List;

/**
 * A directive was withdrawn from the units it had reached: recalled (frozen, no longer to be
 * implemented) or superseded by a newer document. Sent in batches of the reached units, like {@link
 * DirectiveDelivered}.
 *
 * @param mode {@code RECALLED} or {@code SUPERSEDED}
 * @param reason the issuer's reason, in Vietnamese; may be null for a supersession
 * @param replacedByDirectiveId the superseding directive, or null when recalled
 * @param replacedBySymbol its number and symbol, or null
 * @param batch 1-based number of this batch
 * @param batchCount how many batches this withdrawal has
 * @param unitIds the reached units of this batch
 */
public record DirectiveRecalled(
    String eventId,
    Instant occurredAt,
    String tenant,
    String directiveId,
    String docType,
    String symbol,
    String subject,
    String issuerUnitId,
    String issuerUnitName,
    String urgency,
    String mode,
    String reason,
    String replacedByDirectiveId,
    String replacedBySymbol,
    int batch,
    int batchCount,
    List<String> unitIds) {

  public DirectiveRecalled {
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
  }
}
