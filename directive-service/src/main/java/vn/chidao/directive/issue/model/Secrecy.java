package vn.chidao.directive.issue.model;

/**
 * Độ mật: Mật, Tối mật, Tuyệt mật. It decides the numbering sequence of state documents, which
 * number secret documents apart; Party documents share their type's sequence.
 */
public enum Secrecy {
  NONE,
  MAT,
  TOI_MAT,
  TUYET_MAT;

  /** Every name, for the request's edge validation; a test keeps it equal to the constants. */
  public static final String NAME_PATTERN = "NONE|MAT|TOI_MAT|TUYET_MAT";

  public boolean isSecret() {
    return this != NONE;
  }
}
