package vn.chidao.directive.attachment.model;

import java.time.Instant;
import java.util.Objects;
import vn.chidao.attachments.AttachmentName;
import vn.chidao.attachments.AttachmentType;

/**
 * A file attached to a directive. The bytes live in GridFS under {@code id}; this is what the
 * service knows about them.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes as uploaded; checked again on every download
 * @param uploadedBy login of the user who attached it
 */
public record Attachment(
    String id,
    String directiveId,
    AttachmentName name,
    AttachmentType type,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  public Attachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(directiveId, "directiveId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(uploadedAt, "uploadedAt");
    if (size < 1) {
      throw new IllegalArgumentException("an attachment has at least one byte");
    }
  }
}
