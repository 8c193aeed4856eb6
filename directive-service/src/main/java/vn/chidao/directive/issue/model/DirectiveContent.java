package vn.chidao.directive.issue.model;

import java.text.Normalizer;
import java.util.Objects;

/**
 * What a directive says. Text is stored in Unicode NFC so that the same Vietnamese word typed on
 * different keyboards (precomposed or combining diacritics) is one string for search and display.
 */
public record DirectiveContent(DocType docType, String subject, String body, Urgency urgency) {

  public static final int SUBJECT_MAX = 500;
  public static final int BODY_MAX = 100_000;

  public DirectiveContent {
    Objects.requireNonNull(docType, "docType");
    subject = nfc(Objects.requireNonNull(subject, "subject")).strip();
    body = body == null ? "" : nfc(body);
    urgency = urgency == null ? Urgency.NORMAL : urgency;
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
