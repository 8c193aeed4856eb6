package vn.chidao.contracts;

/**
 * RabbitMQ destinations (topic exchanges) of chidao's events. Producers and consumers bind to these
 * names so a rename is a compile error, not a silent loss of messages.
 */
public final class Destinations {

  public static final String DIRECTIVE_ISSUED = "chidao.directive.issued";
  public static final String ORG_UNIT_CHANGED = "chidao.org.unit-changed";
  public static final String MEMBERSHIP_CHANGED = "chidao.org.membership-changed";

  private Destinations() {}
}
