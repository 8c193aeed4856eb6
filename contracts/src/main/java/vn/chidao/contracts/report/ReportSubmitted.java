package vn.chidao.contracts.report;

import java.time.Instant;

/**
 * A unit submitted (or resubmitted) its report for a period; the reviewers of the receiving unit
 * are alerted.
 *
 * @param version 1 for the first submission, higher after a return
 * @param late submitted after {@code period.dueAt()}
 * @param actor username of who submitted
 */
public record ReportSubmitted(
    String eventId,
    Instant occurredAt,
    String tenant,
    ReportPeriodRef period,
    String obligationId,
    String reportId,
    String unitId,
    String unitName,
    int version,
    boolean late,
    String actor) {}
