package vn.chidao.directive.numbering.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A congress (đại hội) of a Party body. It numbers all its documents, whatever their type, in one
 * sequence of its own from the opening of its preparatory session to its closing (Hướng dẫn
 * 36-HD/VPTW).
 *
 * @param label names the congress and its sequence, e.g. {@code XVI}
 * @param from opening of the preparatory session
 * @param to closing day
 * @param abbr what its symbols end with; {@code ĐH} unless configured
 */
public record Congress(String label, LocalDate from, LocalDate to, String abbr) {

  public static final String DEFAULT_ABBR = "ĐH";

  public Congress {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a congress closes after it opens: " + from + " > " + to);
    }
    abbr = abbr == null || abbr.isBlank() ? DEFAULT_ABBR : abbr.strip();
  }

  public boolean isInSession(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  public SequenceKey sequence(String issuerId) {
    return SequenceKey.congress(issuerId, label);
  }
}
