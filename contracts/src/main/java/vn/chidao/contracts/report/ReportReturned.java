package vn.chidao.contracts.report;

import java.time.Instant;

/**
 * A reviewer returned a unit's report for changes; the unit's people are alerted with the comment.
 *
 * @param comment the reviewer's comment, in Vietnamese
 * @param actor username of the reviewer
 */
public record ReportReturned(
    String eventId,
    Instant occurredAt,
    String tenant,
    ReportPeriodRef period,
    String obligationId,
    String reportId,
    String unitId,
    String unitName,
    int version,
    String comment,
    String actor) {}
