package vn.chidao.directive.issue.adapter.out.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A directive as stored. {@code pendingEvents} is its outbox: events recorded atomically with the
 * directive and removed once the broker confirmed them. The index serves the outbox relay's query.
 * {@code number}, {@code symbol}, {@code sequence} and {@code placeAndDate} come from numbering at
 * issue time (its own collections guarantee that a number is held once); they are null in
 * directives stored before numbering existed.
 */
@Document(DirectiveDocument.COLLECTION)
@CompoundIndex(name = "pending_events", def = "{'pendingEvents.type': 1, 'pendingEvents.since': 1}")
public record DirectiveDocument(
    @Id String id,
    String tenant,
    String docType,
    String subject,
    String body,
    String urgency,
    String secrecy,
    String place,
    String issuerUnitId,
    String issuerUnitName,
    List<String> recipientUnitIds,
    Set<String> recipientTenants,
    String issuedBy,
    Instant issuedAt,
    String status,
    String issuedEventId,
    Integer number,
    String symbol,
    String sequence,
    String placeAndDate,
    List<PendingEvent> pendingEvents) {

  public static final String COLLECTION = "directives";
  public static final String PENDING_EVENTS = "pendingEvents";

  public DirectiveDocument {
    pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
  }
}
