package vn.chidao.identity.org.application;

/** What writing one record of a directory did to the store. */
public enum Change {
  CREATED,
  CHANGED,
  /** Already stored as given, or written by another instance at the same moment. */
  UNCHANGED
}
