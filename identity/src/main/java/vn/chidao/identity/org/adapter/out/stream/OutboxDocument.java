package vn.chidao.identity.org.adapter.out.stream;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.contracts.org.MembershipChanged;

/**
 * An event owed to RabbitMQ, in {@code org_outbox}: stored (one insert, keyed by the event id, so
 * storing it twice is harmless) before anything is sent, deleted once the broker confirmed it.
 */
@Document(OutboxDocument.COLLECTION)
record OutboxDocument(
    @Id String id, String binding, MembershipChanged membership, Instant storedAt) {

  static final String COLLECTION = "org_outbox";
}
