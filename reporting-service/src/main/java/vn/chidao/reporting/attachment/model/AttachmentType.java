package vn.chidao.reporting.attachment.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a report may carry (as directive-service's, plus XLSX for tables of figures).
 * Which one a file is comes from its bytes (see {@link UploadInspection}), never from the name or
 * content type the client sent.
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

  public static Optional<AttachmentType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
  }

  /** The type whose extension this is, if any allowed type has it. */
  public static Optional<AttachmentType> ofExtension(String extension) {
    return Arrays.stream(values()).filter(type -> type.hasExtension(extension)).findFirst();
  }

  /** "PDF, Word (DOCX), ảnh PNG, ảnh JPEG", for messages. */
  public static String allowedLabels() {
    return String.join(", ", Arrays.stream(values()).map(AttachmentType::label).toList());
  }
}
