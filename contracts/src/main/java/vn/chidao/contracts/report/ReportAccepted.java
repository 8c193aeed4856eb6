package vn.chidao.contracts.report;

import java.time.Instant;

/**
 * A reviewer accepted a unit's report; the unit's people are alerted.
 *
 * @param actor username of the reviewer
 */
public record ReportAccepted(
    String eventId,
    Instant occurredAt,
    String tenant,
    ReportPeriodRef period,
    String obligationId,
    String reportId,
    String unitId,
    String unitName,
    int version,
    String actor) {}
