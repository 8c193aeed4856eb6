package vn.chidao.reporting.obligation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.reporting.outbox.OutboxEntry;

/**
 * A unit's duty to report for one period of a directive's reporting requirement, with the report
 * itself (draft and standing submission). The id makes an obligation unique per requirement ×
 * period × unit, so opening the same obligation twice leaves one.
 *
 * @param id {@code directiveId~requirementId~periodKey~unitId}
 * @param unitPath the unit's path when the obligation was opened: totals are attributed to the
 *     ancestors on it ({@code ancestors}, root first, the unit excluded)
 * @param state an {@code ObligationState}
 * @param revision incremented by every change; changes are compare-and-set on it
 * @param submissions how many times the report was submitted (versions kept in {@code
 *     report_versions})
 * @param late whether the first submission was late; null until submitted
 * @param submitted the standing submitted content (what roll-ups count while it stands)
 * @param openedBy the delivery or roll-over batch that created it: that batch counts it as expected
 * @param dueSoonMark / overdueMark the sweep that alerted it, so nothing is alerted twice
 * @param closedBy / closedFrom the recall batch that closed it and the state it was in
 * @param pendingKey / pendingDelta / pendingEvents effects of the last change not yet applied to
 *     the totals and the outbox; cleared once applied, re-applied after a crash
 * @param pendingFromAncestors set when the change moved the obligation to other ancestors: the
 *     delta is then taken from these and given to {@code ancestors}
 * @param attachmentIds files attached to the report being prepared (see {@code attachment}),
 *     changed under the same compare-and-set as the rest, so a submission keeps exactly these
 * @param pendingClaim / pendingClaimUntil who applies those effects, and until when: set by the
 *     change itself for the request that made it, so nobody applies them concurrently; another
 *     finisher takes over only once the claim expired
 */
@Document(ObligationDocument.COLLECTION)
public record ObligationDocument(
    @Id String id,
    String tenant,
    String unitId,
    String unitName,
    String unitKind,
    String unitPath,
    String parentId,
    List<String> ancestors,
    String directiveId,
    String directiveSymbol,
    String requirementId,
    String requirementTitle,
    String periodKey,
    String periodLabel,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate dueDate,
    Instant dueAt,
    String reportToUnitId,
    String viaUnitId,
    String state,
    long revision,
    int submissions,
    Boolean late,
    Instant firstSubmittedAt,
    Instant lastSubmittedAt,
    Map<String, String> draftSections,
    Map<String, BigDecimal> draftValues,
    Map<String, String> submittedSections,
    Map<String, BigDecimal> submittedValues,
    String reviewComment,
    String reviewedBy,
    String openedBy,
    Instant openedAt,
    String dueSoonMark,
    String overdueMark,
    String closedBy,
    String closedFrom,
    String pendingKey,
    Map<String, Number> pendingDelta,
    List<String> pendingFromAncestors,
    List<OutboxEntry> pendingEvents,
    List<String> attachmentIds,
    String pendingClaim,
    Instant pendingClaimUntil) {

  public static final String COLLECTION = "obligations";

  @PersistenceCreator
  public ObligationDocument {}

  /** The attached files' ids, in the order they were attached (empty when none). */
  public List<String> attachments() {
    return attachmentIds == null ? List.of() : attachmentIds;
  }

  public static String id(String directiveId, String requirementId, String period, String unit) {
    return directiveId + "~" + requirementId + "~" + period + "~" + unit;
  }

  public boolean hasPendingEffects() {
    return pendingKey != null;
  }
}
