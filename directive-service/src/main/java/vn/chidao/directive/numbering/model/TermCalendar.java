package vn.chidao.directive.numbering.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The committee terms of issuers. Terms configured for an issuer come first; an issuer without one
 * covering the date falls back to the default term of its level (the centre's congress and the
 * local congresses do not close on the same days).
 *
 * @param byIssuer terms per issuer unit id
 * @param centralDefault the default term of the centre's bodies
 * @param localDefault the default term of every other Party body
 */
public record TermCalendar(
    Map<String, List<Term>> byIssuer, Term centralDefault, Term localDefault) {

  public TermCalendar {
    byIssuer = Map.copyOf(byIssuer);
  }

  /** The term {@code date} falls in for {@code issuerId}, or empty when none is configured. */
  public Optional<Term> termOf(String issuerId, boolean central, LocalDate date) {
    Optional<Term> own =
        byIssuer.getOrDefault(issuerId, List.of()).stream()
            .filter(term -> term.contains(date))
            .findFirst();
    if (own.isPresent()) {
      return own;
    }
    Term fallback = central ? centralDefault : localDefault;
    return Optional.ofNullable(fallback).filter(term -> term.contains(date));
  }
}
