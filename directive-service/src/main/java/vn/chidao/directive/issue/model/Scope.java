package vn.chidao.directive.issue.model;

/** How far one distribution entry reaches below the unit it names. */
public enum Scope {
  /** The named unit only. */
  UNIT,
  /** The named unit and every open unit below it (optionally only units of given kinds). */
  SUBTREE;

  public static final String NAME_PATTERN = "UNIT|SUBTREE";
}
