package vn.chidao.directive.issue.adapter.out.mongo;

import java.time.Instant;

/**
 * An event recorded in the same document as the change it reports and not yet confirmed by the
 * broker (the outbox).
 *
 * @param type the event record's simple name, e.g. {@code DirectiveIssued}
 * @param since when it was recorded; the relay leaves young ones to the request that wrote them
 */
public record PendingEvent(String eventId, String type, Instant since) {}
