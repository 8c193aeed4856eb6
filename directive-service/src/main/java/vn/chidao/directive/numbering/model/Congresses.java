package vn.chidao.directive.numbering.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The congresses configured per issuer unit id. */
public record Congresses(Map<String, List<Congress>> byIssuer) {

  public Congresses {
    byIssuer = Map.copyOf(byIssuer);
  }

  /** The congress of {@code issuerId} in session on {@code date}, if any. */
  public Optional<Congress> inSession(String issuerId, LocalDate date) {
    return byIssuer.getOrDefault(issuerId, List.of()).stream()
        .filter(congress -> congress.isInSession(date))
        .findFirst();
  }
}
