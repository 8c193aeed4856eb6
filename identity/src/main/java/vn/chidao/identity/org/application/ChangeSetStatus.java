package vn.chidao.identity.org.application;

/** How far a change set got (ADR 0004). */
public enum ChangeSetStatus {
  /** Recorded; its versions are being written and are invisible. */
  PENDING,
  /** Visible; the projection and the events may still be missing. */
  APPLIED,
  /** Projected into {@code units} and published. */
  PUBLISHED,
  /** Lost a race to another change set; its writes were undone. */
  ABANDONED
}
