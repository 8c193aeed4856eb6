package vn.chidao.directive.issue.model;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The signature block: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Nguyễn Văn A".
 *
 * @param onBehalfOf the body or head signed for ("BAN THƯỜNG VỤ", "BÍ THƯ"); optional
 * @param position the signer's own position ("PHÓ BÍ THƯ")
 */
public record Signature(
    SigningAuthority authority, String onBehalfOf, String position, String signerName) {

  public static final int TEXT_MAX = 200;

  public Signature {
    Objects.requireNonNull(authority, "authority");
    onBehalfOf = clean(onBehalfOf);
    position = Objects.requireNonNull(clean(position), "position");
    signerName = Objects.requireNonNull(clean(signerName), "signerName");
  }

  /** The first line as printed, e.g. "T/M BAN THƯỜNG VỤ"; empty when the signer signs directly. */
  public String authorityLine() {
    if (authority == SigningAuthority.DIRECT) {
      return "";
    }
    return onBehalfOf == null ? authority.prefix() : authority.prefix() + " " + onBehalfOf;
  }

  private static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (value.length() > TEXT_MAX) {
      throw new IllegalArgumentException(
          "signature lines have at most " + TEXT_MAX + " characters");
    }
    return value;
  }
}
