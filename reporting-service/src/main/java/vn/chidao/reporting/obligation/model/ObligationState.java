package vn.chidao.reporting.obligation.model;

/**
 * Where a unit's report for one period stands. PENDING → DRAFT → SUBMITTED → RETURNED → SUBMITTED …
 * → ACCEPTED; CLOSED when the directive was recalled before the report was in.
 */
public enum ObligationState {
  PENDING,
  DRAFT,
  SUBMITTED,
  RETURNED,
  ACCEPTED,
  CLOSED;

  /** The unit may still edit and submit its report. */
  public boolean editable() {
    return this == PENDING || this == DRAFT || this == RETURNED;
  }

  /** The unit's figures stand (count in roll-ups): submitted and not sent back. */
  public boolean figuresStand() {
    return this == SUBMITTED || this == ACCEPTED;
  }
}
