package vn.chidao.directive.attachment.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An attached file as recorded; its bytes are the GridFS file with the same id in bucket {@code
 * attachments}. Written only after every byte was stored, so a record always has its file.
 */
@Document(AttachmentDocument.COLLECTION)
@CompoundIndex(name = "by_directive", def = "{'directiveId': 1, 'uploadedAt': 1}")
record AttachmentDocument(
    @Id String id,
    String directiveId,
    String name,
    String type,
    String mediaType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  static final String COLLECTION = "directive_attachments";
}
