package vn.chidao.contracts.directive;

import java.time.Instant;
import java.util.List;
import vn.chidao.contracts.report.ReportingRequirement;

/**
 * A directive reached a batch of units (their delivery rows are stored). A directive addressed to
 * 250,000 units is a few hundred of these, never one message per unit. Each batch repeats what a
 * consumer needs (document fields and reporting demands), so batches can be handled in any order
 * and without waiting for {@link DirectiveIssued}.
 *
 * @param eventId stable per (directive, batch): a re-published batch has the same id
 * @param tenant province code of the issuer; the reached units may lie in other provinces when the
 *     centre issues
 * @param urgency {@code NORMAL}, {@code KHAN}, {@code THUONG_KHAN} or {@code HOA_TOC}
 * @param secrecy {@code NONE}, {@code MAT}, {@code TOI_MAT} or {@code TUYET_MAT}
 * @param purpose why these units received it: {@code IMPLEMENT}, {@code INFORMATION}, {@code
 *     REPORT_TO} (b/c) or {@code ARCHIVE}; a batch holds units of one purpose
 * @param supersedesDirectiveId the directive this one replaces, or null; alerts for the old one may
 *     be replaced (Web Push {@code Topic})
 * @param batch 1-based number of this batch within the delivery
 * @param batchCount how many batches the delivery has
 * @param unitIds the units of this batch
 * @param reporting reports the directive demands; empty when none
 */
public record DirectiveDelivered(
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
    String secrecy,
    String purpose,
    String supersedesDirectiveId,
    int batch,
    int batchCount,
    List<String> unitIds,
    List<ReportingRequirement> reporting) {

  public DirectiveDelivered {
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
  }
}
