package vn.chidao.attachments;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): a plain ASCII {@code filename} for old
 * clients ("Bao cao so 15.pdf") and the exact Vietnamese name as {@code filename*} in UTF-8,
 * percent-encoded as RFC 5987 prescribes ("B%C3%A1o%20c%C3%A1o...").
 */
public final class ContentDispositions {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}<>:\"/\\\\|?*]");

  private ContentDispositions() {}

  /**
   * @param name an already safe file name (an attachment's cleaned name, or an export's name built
   *     from {@link #safe})
   */
  public static String attachment(String name) {
    return "attachment; filename=\""
        + asciiFallback(name)
        + "\"; filename*=UTF-8''"
        + rfc5987(name);
  }

  /**
   * A file name from free text (a requirement's title, a period label): characters that are not
   * allowed in file names on Windows or Unix, and control characters, become spaces.
   */
  public static String safe(String text) {
    return UNSAFE
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
        .replaceAll(" ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Diacritics dropped, đ→d, anything else outside printable ASCII (and quotes) → '_'. */
  public static String asciiFallback(String name) {
    String unmarked =
        MARKS
            .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
            .replaceAll("")
            .replace('đ', 'd')
            .replace('Đ', 'D');
    StringBuilder out = new StringBuilder(unmarked.length());
    unmarked
        .codePoints()
        .forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    return out.toString();
  }

  /** RFC 5987 {@code value-chars}: attr-char as is, every other UTF-8 byte as %XX. */
  static String rfc5987(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isAttrChar(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isAttrChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
