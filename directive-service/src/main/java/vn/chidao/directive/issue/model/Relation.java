package vn.chidao.directive.issue.model;

/** How a document refers to an earlier one. */
public enum Relation {
  /** "Thực hiện", "căn cứ": an implementing document of the one cited. */
  IMPLEMENTS,
  /** A covering note (công văn) that passes the cited directive on to subordinates. */
  FORWARDS,
  /** Amends or supplements the cited document, which stays in force. */
  AMENDS;

  public static final String NAME_PATTERN = "IMPLEMENTS|FORWARDS|AMENDS";
}
