package vn.chidao.directive.numbering.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A committee term (nhiệm kỳ): from the day after one congress closed to the day the next one
 * closes, both days included.
 *
 * @param label what the term is called and what its sequences are keyed by, e.g. {@code 2025-2030};
 *     a later correction of a congress date keeps the label and so the sequence
 */
public record Term(String label, LocalDate from, LocalDate to) {

  public Term {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a term ends after it starts: " + from + " > " + to);
    }
    label = label == null || label.isBlank() ? from.getYear() + "-" + to.getYear() : label.strip();
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
