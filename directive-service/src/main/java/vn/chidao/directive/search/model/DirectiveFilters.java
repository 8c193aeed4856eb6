package vn.chidao.directive.search.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Narrows a search beyond its words. Every part is optional; given parts must all hold.
 *
 * @param docTypes DocType codes ({@code TT}, {@code QĐ}…), any of them; empty means every type
 * @param issuerUnitId the issuing unit; null means any
 * @param issuedFrom first day of issue, inclusive, in Vietnam time; null means no lower bound
 * @param issuedTo last day of issue, inclusive, in Vietnam time; null means no upper bound
 * @param states directive states ({@code ISSUED}…), any of them; empty means every state
 */
public record DirectiveFilters(
    List<String> docTypes,
    String issuerUnitId,
    LocalDate issuedFrom,
    LocalDate issuedTo,
    List<String> states) {

  public static final DirectiveFilters NONE =
      new DirectiveFilters(List.of(), null, null, null, List.of());

  public DirectiveFilters {
    docTypes = docTypes == null ? List.of() : List.copyOf(docTypes);
    states = states == null ? List.of() : List.copyOf(states);
    if (issuedFrom != null && issuedTo != null && issuedFrom.isAfter(issuedTo)) {
      throw new IllegalArgumentException("issuedFrom must not be after issuedTo");
    }
  }

  public boolean isEmpty() {
    return docTypes.isEmpty()
        && issuerUnitId == null
        && issuedFrom == null
        && issuedTo == null
        && states.isEmpty();
  }

  /** The first instant of {@code issuedFrom} in {@code zone}; null without a lower bound. */
  public Instant issuedAtOrAfter(ZoneId zone) {
    return issuedFrom == null ? null : issuedFrom.atStartOfDay(zone).toInstant();
  }

  /** The first instant after {@code issuedTo} in {@code zone}; null without an upper bound. */
  public Instant issuedBefore(ZoneId zone) {
    return issuedTo == null ? null : issuedTo.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
