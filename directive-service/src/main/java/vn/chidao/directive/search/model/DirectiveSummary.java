package vn.chidao.directive.search.model;

import java.time.Instant;

/**
 * One search hit: enough to show a line in a result list, without the body.
 *
 * @param symbol e.g. "84-CV/ĐU"; null for directives stored before numbering existed
 */
public record DirectiveSummary(
    String id,
    String symbol,
    String docType,
    String subject,
    String issuerUnitName,
    Instant issuedAt,
    String urgency) {}
