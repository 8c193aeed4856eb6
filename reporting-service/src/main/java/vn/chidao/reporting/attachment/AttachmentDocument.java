package vn.chidao.reporting.attachment;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A file attached to a report: what it is, as read from its bytes when it was uploaded. The bytes
 * are in the GridFS bucket {@value AttachmentFiles#BUCKET} under the same id.
 *
 * @param name the client's name, cleaned ({@code AttachmentName}) and fitted to the real type
 * @param contentType the media type detected from the bytes, never the one the client sent
 * @param sha256 lower-case hex SHA-256 of the bytes, checked again on every download
 */
@Document(AttachmentDocument.COLLECTION)
public record AttachmentDocument(
    @Id String id,
    String obligationId,
    String tenant,
    String name,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  public static final String COLLECTION = "report_attachments";
}
