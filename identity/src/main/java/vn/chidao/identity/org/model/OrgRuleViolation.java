package vn.chidao.identity.org.model;

/**
 * A change the tree's rules refuse (unknown parent, a move into the unit's own subtree...).
 *
 * @param code a stable slug for the problem type, e.g. {@code move-into-own-subtree}
 * @param conflict true when the request is well formed but clashes with the tree's state (409),
 *     false when the request itself is wrong (400)
 */
public final class OrgRuleViolation extends RuntimeException {

  private final String code;
  private final boolean conflict;

  private OrgRuleViolation(String code, String vietnameseDetail, boolean conflict) {
    super(vietnameseDetail);
    this.code = code;
    this.conflict = conflict;
  }

  public static OrgRuleViolation invalid(String code, String vietnameseDetail) {
    return new OrgRuleViolation(code, vietnameseDetail, false);
  }

  public static OrgRuleViolation conflict(String code, String vietnameseDetail) {
    return new OrgRuleViolation(code, vietnameseDetail, true);
  }

  public String code() {
    return code;
  }

  public boolean isConflict() {
    return conflict;
  }
}
