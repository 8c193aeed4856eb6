package vn.chidao.attachments;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The types one service accepts (directive-service: no spreadsheets; reporting-service: XLSX too,
 * for tables of figures). A file of any other type is refused, and an extension of a type not in
 * the set counts as no known extension at all ({@link AttachmentName#forType}).
 */
public final class AllowedTypes {

  private final Set<AttachmentType> types;

  private AllowedTypes(Set<AttachmentType> types) {
    this.types = types;
  }

  public static AllowedTypes of(AttachmentType first, AttachmentType... more) {
    return new AllowedTypes(EnumSet.of(first, more));
  }

  /**
   * Every type this module knows; for tests (a service names its types, so none is added unseen).
   */
  public static AllowedTypes all() {
    return new AllowedTypes(EnumSet.allOf(AttachmentType.class));
  }

  /** The allowed type with this media type, if any. */
  public Optional<AttachmentType> ofMediaType(String mediaType) {
    return types.stream().filter(type -> type.mediaType().equals(mediaType)).findFirst();
  }

  /** The allowed type whose extension this is, if any. */
  public Optional<AttachmentType> ofExtension(String extension) {
    return types.stream().filter(type -> type.hasExtension(extension)).findFirst();
  }

  /** "PDF, Word (DOCX), ảnh PNG, ảnh JPEG", in the enum's order, for messages. */
  public String labels() {
    return String.join(", ", types.stream().map(AttachmentType::label).toList());
  }

  @Override
  public String toString() {
    return types.toString();
  }
}
