package vn.chidao.directive.attachment.adapter.in.web;

import java.time.Instant;
import vn.chidao.directive.attachment.model.Attachment;

/**
 * An attached file as the API lists it.
 *
 * @param type {@code PDF}, {@code DOCX}, {@code PNG} or {@code JPEG}, from the file's bytes
 * @param sha256 lower-case hex SHA-256 of the bytes, checked on every download
 * @param href where to download it
 */
public record AttachmentResponse(
    String id,
    String name,
    String type,
    String mediaType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String href) {

  static AttachmentResponse of(Attachment attachment) {
    return new AttachmentResponse(
        attachment.id(),
        attachment.name().value(),
        attachment.type().name(),
        attachment.type().mediaType(),
        attachment.size(),
        attachment.sha256(),
        attachment.uploadedBy(),
        attachment.uploadedAt(),
        "/api/directives/" + attachment.directiveId() + "/attachments/" + attachment.id());
  }
}
