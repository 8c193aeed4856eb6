package vn.chidao.notification.alert.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is alerted for each trigger, by position in the unit and by chidao role.
 *
 * <ul>
 *   <li>A new, recalled or superseded directive: the secretary and deputy secretaries, who lead its
 *       implementation, and the clerk (văn thư), who registers incoming documents.
 *   <li>A report obligation opened or due soon, a report returned or accepted: the unit's leaders,
 *       its clerk and whoever holds the {@code reporter} role there.
 *   <li>Overdue: those same people and, as escalation, the reviewers of the unit the report goes
 *       to.
 *   <li>A report submitted: the reviewers of the unit it goes to and of the unit it passes through.
 * </ul>
 */
public final class RecipientPolicies {

  public static final String BI_THU = "BI_THU";
  public static final String PHO_BI_THU = "PHO_BI_THU";
  public static final String VAN_THU = "VAN_THU";
  public static final String REVIEWER = "reviewer";
  public static final String REPORTER = "reporter";

  static final Set<String> LEADERS_AND_CLERK = Set.of(BI_THU, PHO_BI_THU, VAN_THU);

  private RecipientPolicies() {}

  public static Audience newDirective(Collection<String> unitIds) {
    return Audience.of(AudienceRule.of(unitIds, LEADERS_AND_CLERK, Set.of()));
  }

  public static Audience recall(Collection<String> unitIds) {
    return newDirective(unitIds);
  }

  public static Audience reportDue(Collection<String> unitIds) {
    return Audience.of(AudienceRule.of(unitIds, LEADERS_AND_CLERK, Set.of(REPORTER)));
  }

  /** The late units' people, and the reviewers above them (escalation). */
  public static Audience overdue(Collection<String> unitIds, String reportToUnitId) {
    List<AudienceRule> rules = new ArrayList<>();
    rules.add(AudienceRule.of(unitIds, LEADERS_AND_CLERK, Set.of(REPORTER)));
    if (reportToUnitId != null) {
      rules.add(AudienceRule.of(List.of(reportToUnitId), Set.of(), Set.of(REVIEWER)));
    }
    return new Audience(rules);
  }

  public static Audience submitted(String reportToUnitId, String viaUnitId) {
    List<String> reviewing =
        java.util.stream.Stream.of(reportToUnitId, viaUnitId).filter(Objects::nonNull).toList();
    return Audience.of(AudienceRule.of(reviewing, Set.of(), Set.of(REVIEWER)));
  }

  public static Audience reportStatus(String unitId) {
    return reportDue(unitId == null ? List.of() : List.of(unitId));
  }
}
