package vn.chidao.notification.alert.model;

import java.util.Set;

/**
 * Who in a receiving unit is alerted about a new directive: the secretary and deputy secretaries,
 * who lead its implementation, and the clerk (văn thư), who registers incoming documents. Other
 * members see the directive through their unit, not through an alert.
 */
public final class DirectiveRecipientsPolicy {

  public static final String BI_THU = "BI_THU";
  public static final String PHO_BI_THU = "PHO_BI_THU";
  public static final String VAN_THU = "VAN_THU";

  private static final Set<String> ALERTED = Set.of(BI_THU, PHO_BI_THU, VAN_THU);

  /** Positions to ask the read copy for; {@link #isAlerted} has the final word. */
  public Set<String> positions() {
    return ALERTED;
  }

  public boolean isAlerted(UnitMember member) {
    return member.active() && member.position() != null && ALERTED.contains(member.position());
  }
}
