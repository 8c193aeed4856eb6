package vn.chidao.directive.issue.model;

/** Where a directive is in its life. Only an issued directive can be acknowledged or forwarded. */
public enum DirectiveStatus {
  ISSUED,
  /** Withdrawn by its issuer: frozen, no longer to be implemented. */
  RECALLED,
  /** Replaced by a newer document of the same issuer. */
  SUPERSEDED;

  public boolean inForce() {
    return this == ISSUED;
  }
}
