package vn.chidao.contracts.directive;

import java.time.Instant;
import java.util.List;
import vn.chidao.contracts.report.ReportingRequirement;

/**
 * A directive was issued. Carries what others need to know of the document (type, symbol, subject,
 * issuer, urgency, reporting demands), never the stored directive itself. Who it reached travels
 * separately, in batches: see {@link DirectiveDelivered}; alerts are sent from those, not from
 * this.
 *
 * @param tenant province code of the issuer (e.g. {@code dong-nai})
 * @param symbol number and symbol such as {@code 84-CV/ĐU}; null while numbering is not assigned
 * @param urgency {@code NORMAL}, {@code KHAN}, {@code THUONG_KHAN} or {@code HOA_TOC}
 * @param recipientUnitIds the units named in the distribution list (Nơi nhận) — not the resolved
 *     audience, which may be a whole subtree
 * @param issuedBy username of the official who issued it
 * @param reporting reports the directive demands of its recipients; empty when none
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
    String issuedBy,
    List<ReportingRequirement> reporting) {

  public DirectiveIssued {
    recipientUnitIds = recipientUnitIds == null ? List.of() : List.copyOf(recipientUnitIds);
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
  }

  /** A directive without reporting demands (the shape before reporting was added). */
  public DirectiveIssued(
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
    this(
        eventId,
        occurredAt,
        tenant,
        directiveId,
        docType,
        symbol,
        subject,
        issuerUnitId,
        issuerUnitName,
        urgency,
        recipientUnitIds,
        issuedBy,
        List.of());
  }
}
