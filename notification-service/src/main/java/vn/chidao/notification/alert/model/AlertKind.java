package vn.chidao.notification.alert.model;

/**
 * What an alert is about. Each kind belongs to one {@link AlertTopic} (what a person switches
 * channels on and off for) and is either worth an interruption or low-priority: low-priority kinds
 * go into the daily digest for people who asked for one.
 */
public enum AlertKind {
  NEW_DIRECTIVE(AlertTopic.NEW_DIRECTIVE, false),
  DIRECTIVE_RECALLED(AlertTopic.RECALL, false),
  DIRECTIVE_SUPERSEDED(AlertTopic.RECALL, false),
  OBLIGATION_OPENED(AlertTopic.OBLIGATION_OPENED, true),
  REPORT_DUE_SOON(AlertTopic.DUE_SOON, false),
  REPORT_OVERDUE(AlertTopic.OVERDUE, false),
  REPORT_SUBMITTED(AlertTopic.REPORT_STATUS, true),
  REPORT_RETURNED(AlertTopic.REPORT_STATUS, false),
  REPORT_ACCEPTED(AlertTopic.REPORT_STATUS, true);

  private final AlertTopic topic;
  private final boolean lowPriority;

  AlertKind(AlertTopic topic, boolean lowPriority) {
    this.topic = topic;
    this.lowPriority = lowPriority;
  }

  public AlertTopic topic() {
    return topic;
  }

  /** Digest material: nobody has to act on it today. */
  public boolean lowPriority() {
    return lowPriority;
  }

  /** Alerts about one directive's delivery, which its issuer may count. */
  public boolean aboutDelivery() {
    return this == NEW_DIRECTIVE || this == DIRECTIVE_RECALLED || this == DIRECTIVE_SUPERSEDED;
  }
}
