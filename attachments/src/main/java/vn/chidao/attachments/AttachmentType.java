package vn.chidao.attachments;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file chidao knows how to accept. Which one a file is comes from its bytes (see
 * {@link UploadInspection}), never from the name or content type the client sent. Which of them a
 * service accepts is its own {@link AllowedTypes}.
 *
 * @param extensions file name endings of this type, the first one canonical
 */
public enum AttachmentType {
  PDF("application/pdf", "PDF", "pdf"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Word (DOCX)",
      "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", "xlsx"),
  PNG("image/png", "ảnh PNG", "png"),
  JPEG("image/jpeg", "ảnh JPEG", "jpg", "jpeg", "jpe", "jfif");

  private final String mediaType;
  private final String label;
  private final List<String> extensions;

  AttachmentType(String mediaType, String label, String... extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = List.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  /** How a user calls it, in Vietnamese. */
  public String label() {
    return label;
  }

  public String canonicalExtension() {
    return extensions.get(0);
  }

  public boolean hasExtension(String extension) {
    return extensions.contains(extension.toLowerCase(Locale.ROOT));
  }
}
