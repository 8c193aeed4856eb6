package vn.chidao.identity.org.model;

/** Whether a unit still exists; closed units stay in the tree for history. */
public enum UnitStatus {
  ACTIVE,
  CLOSED
}
