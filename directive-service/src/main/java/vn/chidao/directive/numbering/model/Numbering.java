package vn.chidao.directive.numbering.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which sequence a document draws its number from (DESIGN "Numbering rules"). The date is the issue
 * date in Vietnam, so a document issued on the evening of 31 December UTC+7 counts in the year (and
 * term) it carries.
 */
public final class Numbering {

  private Numbering() {}

  /**
   * @return the sequence, or empty when a Party issuer has no term covering {@code issuedOn}
   */
  public static Optional<SequenceKey> sequenceFor(
      Issuer issuer, String docType, boolean secret, LocalDate issuedOn, TermCalendar terms) {
    return switch (issuer.regime()) {
      case STATE -> Optional.of(SequenceKey.state(issuer.unitId(), issuedOn.getYear(), secret));
      case PARTY ->
          terms
              .termOf(issuer.unitId(), issuer.central(), issuedOn)
              .map(term -> SequenceKey.party(issuer.unitId(), docType, term));
    };
  }
}
