package vn.chidao.directive.issue.model;

import java.text.Normalizer;
import java.util.Objects;

/**
 * What a directive says. Text is stored in Unicode NFC so that the same Vietnamese word typed on
 * different keyboards (precomposed or combining diacritics) is one string for search and display.
 *
 * @param place the place name of its place-and-date line ("Biên Hòa"); optional
 */
public record DirectiveContent(
    DocType docType, String subject, String body, Urgency urgency, Secrecy secrecy, String place) {

  public static final int SUBJECT_MAX = 500;
  public static final int BODY_MAX = 100_000;
  public static final int PLACE_MAX = 100;

  /** Neither secret nor placed. */
  public DirectiveContent(DocType docType, String subject, String body, Urgency urgency) {
    this(docType, subject, body, urgency, Secrecy.NONE, null);
  }

  public DirectiveContent {
    Objects.requireNonNull(docType, "docType");
    subject = nfc(Objects.requireNonNull(subject, "subject")).strip();
    body = body == null ? "" : nfc(body);
    urgency = urgency == null ? Urgency.NORMAL : urgency;
    secrecy = secrecy == null ? Secrecy.NONE : secrecy;
    place = place == null || place.isBlank() ? null : nfc(place).strip();
    if (place != null && place.length() > PLACE_MAX) {
      throw new IllegalArgumentException("place must have at most " + PLACE_MAX + " characters");
    }
    if (subject.isEmpty() || subject.length() > SUBJECT_MAX) {
      throw new IllegalArgumentException("subject must have 1.." + SUBJECT_MAX + " characters");
    }
    if (body.length() > BODY_MAX) {
      throw new IllegalArgumentException("body must have at most " + BODY_MAX + " characters");
    }
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
