package vn.chidao.directive.attachment.model;

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

  private ContentDispositions() {}

  public static String attachment(AttachmentName name) {
    return "attachment; filename=\""
        + asciiFallback(name.value())
        + "\"; filename*=UTF-8''"
        + rfc5987(name.value());
  }

  /** Diacritics dropped, đ→d, anything else outside printable ASCII (and quotes) → '_'. */
  static String asciiFallback(String name) {
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
