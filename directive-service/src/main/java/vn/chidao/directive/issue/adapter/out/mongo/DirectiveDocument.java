package vn.chidao.directive.issue.adapter.out.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.directive.issue.model.ReportingDemand;

/**
 * A directive as stored. {@code pendingEvents} is its outbox: events recorded atomically with the
 * directive and removed once the broker confirmed them. The index serves the outbox relay's query.
 * {@code number}, {@code symbol}, {@code sequence} and {@code placeAndDate} come from numbering at
 * issue time (its own collections guarantee that a number is held once); they are null in
 * directives stored before numbering existed.
 *
 * <p>{@code searchText} is symbol, subject and body folded without diacritics ({@link
 * vn.chidao.directive.issue.model.SearchText}), written at issue time for the search feature; it is
 * null in directives stored before search existed, which search therefore does not find. Search
 * matches each query word as an unanchored regex on it, which no index can bound, so the two
 * visibility indexes below narrow a search to one unit's directives (issued by it, or addressed to
 * it) newest first, and only those documents' text is scanned: a unit has hundreds to a few
 * thousand directives, cheap to scan. A central administrator's search scans every directive; at
 * national scale a real deployment should move the text match to Atlas Search (a Lucene index with
 * an ASCII-folding analyzer) or a {@code text} index on {@code searchText}, which the in-process
 * test server lacks.
 *
 * <p>{@code delivery} is the delivery job's state, written with the directive (the commit point of
 * an issue) and advanced by the delivery feature; {@code parentIds} are the in-system directives it
 * cites (lineage); {@code reporting} embeds the model's plain value records, which have no other
 * stored shape. {@code upstreamRecalled} lists recalled directives it descends from.
 */
@Document(DirectiveDocument.COLLECTION)
@CompoundIndex(name = "pending_events", def = "{'pendingEvents.type': 1, 'pendingEvents.since': 1}")
@CompoundIndex(name = "issued_by_unit", def = "{'issuerUnitId': 1, 'tenant': 1, 'issuedAt': -1}")
@CompoundIndex(
    name = "addressed_to_unit",
    def = "{'recipientUnitIds': 1, 'recipientTenants': 1, 'issuedAt': -1}")
@CompoundIndex(name = "lineage", def = "{'parentIds': 1}")
@CompoundIndex(name = "unfinished_jobs", def = "{'delivery.state': 1, 'recallState': 1}")
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
    String searchText,
    List<PendingEvent> pendingEvents,
    String issuerPath,
    SignatureDocument signature,
    List<RecipientDocument> recipients,
    List<ReferenceDocument> references,
    List<String> parentIds,
    List<ReportingDemand> reporting,
    String supersedesId,
    WithdrawalDocument withdrawal,
    String recallState,
    List<String> upstreamRecalled,
    DeliveryProgressDocument delivery) {

  public static final String COLLECTION = "directives";
  public static final String PENDING_EVENTS = "pendingEvents";
  public static final String SEARCH_TEXT = "searchText";
  public static final String STATUS = "status";
  public static final String PARENT_IDS = "parentIds";
  public static final String WITHDRAWAL = "withdrawal";
  public static final String RECALL_STATE = "recallState";
  public static final String UPSTREAM_RECALLED = "upstreamRecalled";
  public static final String DELIVERY = "delivery";

  public DirectiveDocument {
    pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
  }

  /** The signature block. */
  public record SignatureDocument(
      String authority, String onBehalfOf, String position, String signerName) {}

  /** One line of the distribution list. */
  public record RecipientDocument(
      String unitId, String scope, List<String> kinds, String purpose, String label) {}

  /** A cited document: in the system (id) or by its printed symbol. */
  public record ReferenceDocument(String directiveId, String symbol, String relation) {}

  /** How it stopped being in force. */
  public record WithdrawalDocument(
      String status,
      String reason,
      Instant at,
      String by,
      String replacedById,
      String replacedBySymbol) {}

  /**
   * The delivery job: {@code DELIVERING} until every batch's rows are stored and its event
   * confirmed, then {@code DELIVERED}; {@code STOPPED} when a recall ended it early.
   *
   * @param audience units the directive reaches
   * @param batches how many batches (and {@code DirectiveDelivered} events) they make
   * @param published batches whose event the broker confirmed
   * @param unitsPublished units in those batches
   * @param recallAnnounced batches whose withdrawal the broker confirmed
   */
  public record DeliveryProgressDocument(
      String state,
      int audience,
      int batches,
      Instant startedAt,
      Instant finishedAt,
      List<Integer> published,
      int unitsPublished,
      List<Integer> recallAnnounced) {

    public static final String DELIVERING = "DELIVERING";
    public static final String DELIVERED = "DELIVERED";
    public static final String STOPPED = "STOPPED";
  }
}
