package vn.chidao.directive.issue.model;

/** Why a caller may not issue a directive to the units they asked for. */
public enum Refusal {
  /** The caller's own unit is not (yet) in this service's copy of the tree. */
  ISSUER_UNIT_UNKNOWN,
  /** The caller's unit belongs to another province than their token says. */
  ISSUER_OTHER_PROVINCE,
  /** The caller's unit was closed. */
  ISSUER_UNIT_CLOSED,
  /** Some recipients are not units of the tree. */
  RECIPIENTS_UNKNOWN,
  /** Some recipients belong to another province. */
  RECIPIENTS_OTHER_PROVINCE,
  /** Some recipients are not in the caller's subtree. */
  RECIPIENTS_OUTSIDE_SUBTREE,
  /** Some recipients were closed and can receive nothing. */
  RECIPIENTS_CLOSED
}
