package vn.chidao.identity.org.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The header of a change set in {@code change_sets}; its versions are in {@code parts} documents of
 * {@code change_set_parts}, written before the header, so a header always has all its parts.
 */
@Document(ChangeSetDocument.COLLECTION)
record ChangeSetDocument(
    @Id String id,
    String operation,
    String effective,
    String status,
    int parts,
    int affectedUnits,
    String requestedBy,
    Instant recordedAt,
    Integer publishedUnits) {

  static final String COLLECTION = "change_sets";
}
