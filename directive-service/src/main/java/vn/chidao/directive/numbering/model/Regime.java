package vn.chidao.directive.numbering.model;

/**
 * Which rules number an issuer's documents. The issuer's kind in the organisation tree decides:
 * state bodies follow Nghị định 30/2020/NĐ-CP, every Party body Hướng dẫn 36-HD/VPTW.
 */
public enum Regime {
  /** One sequence per issuer × document type × committee term; secret documents share it. */
  PARTY,
  /** One sequence per issuer per calendar year for all types; secret documents have their own. */
  STATE;

  /** The unit kind identity gives state bodies (identity's {@code UnitKind.STATE_BODY}). */
  public static final String STATE_BODY = "STATE_BODY";

  public static Regime forIssuerKind(String kind) {
    return STATE_BODY.equals(kind) ? STATE : PARTY;
  }
}
