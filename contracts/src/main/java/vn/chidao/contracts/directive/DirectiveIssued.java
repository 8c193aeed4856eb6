package vn.chidao.contracts.directive;

import java.time.Instant;
import java.util.List;

/**
 * A directive was issued and addressed to units. Carries what an alert needs to say (type, symbol,
 * subject, issuer, urgency), never the stored directive itself.
 *
 * @param tenant province code of the issuer (e.g. {@code dong-nai})
 * @param symbol number and symbol such as {@code 84-CV/ĐU}; null while numbering is not assigned
 * @param urgency {@code NORMAL}, {@code KHAN}, {@code THUONG_KHAN} or {@code HOA_TOC}
 * @param recipientUnitIds units the directive was addressed to
 * @param issuedBy username of the official who issued it
 */
public record DirectiveIssued(
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
    List<String> recipientUnitIds,
    String issuedBy) {

  public DirectiveIssued {
    recipientUnitIds = recipientUnitIds == null ? List.of() : List.copyOf(recipientUnitIds);
  }
}
