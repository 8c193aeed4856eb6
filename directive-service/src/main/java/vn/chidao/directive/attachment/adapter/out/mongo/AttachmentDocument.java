package vn.chidao.directive.attachment.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An attached file as recorded; its bytes are the GridFS file with the same id in bucket {@code
 * attachments}. Inserted {@code PENDING} (only directive, uploader and {@code since}) before the
 * first byte is stored, and set {@code STORED} with name, type, size and SHA-256 after the last:
 * lists and downloads only see stored ones, the janitor removes pending ones left by a crash.
 */
@Document(AttachmentDocument.COLLECTION)
@CompoundIndex(name = "by_directive", def = "{'directiveId': 1, 'status': 1, 'uploadedAt': 1}")
@CompoundIndex(name = "pending", def = "{'status': 1, 'since': 1}")
record AttachmentDocument(
    @Id String id,
    String directiveId,
    String status,
    Instant since,
    String name,
    String type,
    String mediaType,
    Long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  static final String COLLECTION = "directive_attachments";
  static final String PENDING = "PENDING";
  static final String STORED = "STORED";
}
