package vn.chidao.directive.numbering.model;

import java.util.Objects;

/**
 * The body a number is allocated for, as the read copy of the tree knows it.
 *
 * @param abbr the abbreviation its symbols end with, e.g. {@code ĐU}, {@code TU}, {@code UBND}
 * @param central whether it belongs to the centre, whose term differs from local ones
 */
public record Issuer(String unitId, Regime regime, String abbr, boolean central) {

  public Issuer {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(regime, "regime");
  }

  public boolean hasAbbr() {
    return abbr != null && !abbr.isBlank();
  }
}
