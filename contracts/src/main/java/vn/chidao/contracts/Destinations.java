package vn.chidao.contracts;

/**
 * RabbitMQ destinations (topic exchanges) of chidao's events. Producers and consumers bind to these
 * names so a rename is a compile error, not a silent loss of messages. Consumer groups are named
 * after the consuming service ({@code notification-service}, {@code reporting-service}, ...), so a
 * producer can list them in {@code required-groups}.
 */
public final class Destinations {

  public static final String DIRECTIVE_ISSUED = "chidao.directive.issued";
  public static final String DIRECTIVE_DELIVERED = "chidao.directive.delivered";
  public static final String DIRECTIVE_RECALLED = "chidao.directive.recalled";
  public static final String ORG_UNIT_CHANGED = "chidao.org.unit-changed";
  public static final String MEMBERSHIP_CHANGED = "chidao.org.membership-changed";
  public static final String OBLIGATIONS_OPENED = "chidao.report.obligations-opened";
  public static final String REPORT_DUE_SOON = "chidao.report.due-soon";
  public static final String REPORT_OVERDUE = "chidao.report.overdue";
  public static final String REPORT_SUBMITTED = "chidao.report.submitted";
  public static final String REPORT_RETURNED = "chidao.report.returned";
  public static final String REPORT_ACCEPTED = "chidao.report.accepted";

  private Destinations() {}
}
