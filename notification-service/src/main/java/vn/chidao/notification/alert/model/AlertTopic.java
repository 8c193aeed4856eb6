package vn.chidao.notification.alert.model;

/** The kinds of alert a person can switch e-mail and push on or off for. */
public enum AlertTopic {
  NEW_DIRECTIVE,
  RECALL,
  OBLIGATION_OPENED,
  DUE_SOON,
  OVERDUE,
  REPORT_STATUS
}
