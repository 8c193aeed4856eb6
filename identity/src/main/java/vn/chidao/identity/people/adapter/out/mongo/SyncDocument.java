package vn.chidao.identity.people.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person whose memberships must still be published and whose account provisioned ({@code
 * people_sync}). {@code ticket} grows with every change, so finishing an older attempt never clears
 * the mark of a newer change.
 */
@Document(SyncDocument.COLLECTION)
record SyncDocument(
    @Id String username,
    long ticket,
    boolean pending,
    Instant requestedAt,
    int attempts,
    String lastError) {

  static final String COLLECTION = "people_sync";
}
