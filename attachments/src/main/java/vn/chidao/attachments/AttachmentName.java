package vn.chidao.attachments;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file name safe to store and to hand back in a download: Unicode NFC (so "Báo cáo" typed with
 * combining marks is one string), no directories, no control or bidirectional formatting characters
 * (U+202E would make "gpj.exe" read as "exe.jpg"), none of the characters Windows forbids, at most
 * {@link #MAX_LENGTH} characters. Vietnamese letters and spaces stay as they are. A name that tries
 * to climb out of a directory ({@code ../}) is refused rather than repaired: it is an attack or a
 * broken client, not a user's file name.
 */
public record AttachmentName(String value) {

  public static final int MAX_LENGTH = 200;

  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}<>:\"|?*]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern CLIMBS = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");
  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  public AttachmentName {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("an attachment name needs 1.." + MAX_LENGTH + " chars");
    }
  }

  /** Cleans a name as a browser or client sent it; refuses one that climbs directories. */
  public static AttachmentName of(String raw) {
    String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
    if (CLIMBS.matcher(name).find()) {
      throw invalid("Tên tệp không được chứa đường dẫn thư mục (\"../\").");
    }
    // Old browsers send the whole client path ("C:\Users\...\Báo cáo.pdf"): keep the last part.
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    // Tabs and line breaks become spaces first; what else is unsafe goes.
    name = UNSAFE.matcher(SPACES.matcher(name).replaceAll(" ")).replaceAll("");
    name = SPACES.matcher(name).replaceAll(" ").strip();
    // Leading dots hide a file on Unix; trailing dots and spaces vanish on Windows.
    name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
    if (name.isEmpty()) {
      throw invalid("Tên tệp trống hoặc chỉ gồm ký tự không hợp lệ.");
    }
    String base = baseOf(name);
    if (WINDOWS_DEVICES.contains(base.toLowerCase(Locale.ROOT))) {
      name = "_" + name;
    }
    return new AttachmentName(shorten(name));
  }

  /** The part after the last dot, lower case; empty when there is none. */
  public String extension() {
    int dot = value.lastIndexOf('.');
    return dot <= 0 ? "" : value.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * This name for a file whose bytes are {@code type}: unchanged when its extension is one of the
   * type's, with the type's extension added when it has none or an unrelated one ("scan" →
   * "scan.pdf"), refused when it claims another of the {@code allowed} types ("ảnh.png" holding a
   * PDF).
   */
  public AttachmentName forType(AttachmentType type, AllowedTypes allowed) {
    String extension = extension();
    if (!extension.isEmpty() && type.hasExtension(extension)) {
      return this;
    }
    AttachmentType claimed =
        extension.isEmpty() ? null : allowed.ofExtension(extension).orElse(null);
    if (claimed != null) {
      throw new AttachmentRefusal(
          AttachmentRefusal.Reason.TYPE_MISMATCH,
          "Tên tệp có đuôi ."
              + extension
              + " nhưng nội dung tệp là "
              + type.label()
              + "; hãy đặt lại tên tệp cho đúng loại.");
    }
    return new AttachmentName(shorten(value + "." + type.canonicalExtension()));
  }

  private static String baseOf(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** Cuts the base, never the extension, so the type stays visible. */
  private static String shorten(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String base = name.substring(0, name.length() - extension.length());
    int keep = MAX_LENGTH - extension.length();
    if (Character.isHighSurrogate(base.charAt(keep - 1))) {
      keep--;
    }
    return base.substring(0, keep).strip() + extension;
  }

  private static AttachmentRefusal invalid(String detail) {
    return new AttachmentRefusal(AttachmentRefusal.Reason.NAME_INVALID, detail);
  }
}
