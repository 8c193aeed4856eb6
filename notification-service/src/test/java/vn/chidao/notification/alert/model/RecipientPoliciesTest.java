package vn.chidao.notification.alert.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientPoliciesTest {

  private static final List<String> UNITS = List.of("dn-tranbien", "dn-buuhoa");

  @Test
  void the_secretary_deputies_and_clerk_of_a_receiving_unit_are_alerted_of_a_new_directive() {
    Audience audience = RecipientPolicies.newDirective(UNITS);

    assertThat(audience.includes(member("dn-tranbien", "BI_THU"))).isTrue();
    assertThat(audience.includes(member("dn-buuhoa", "PHO_BI_THU"))).isTrue();
    assertThat(audience.includes(member("dn-tranbien", "VAN_THU"))).isTrue();
    assertThat(audience.includes(member("dn-tranbien", "QUAN_TRI"))).isFalse();
    assertThat(audience.includes(member("dn-tranbien", null))).isFalse();
    assertThat(audience.includes(member("dn-elsewhere", "BI_THU"))).isFalse();
    assertThat(audience.positions()).containsExactlyInAnyOrder("BI_THU", "PHO_BI_THU", "VAN_THU");
  }

  @Test
  void someone_who_left_the_unit_is_not_alerted() {
    UnitMember left =
        new UnitMember("a", "dn-tranbien", "dong-nai", "BI_THU", "a@x.vn", "A", false);

    assertThat(RecipientPolicies.newDirective(UNITS).includes(left)).isFalse();
  }

  @Test
  void a_recall_reaches_the_same_people_as_the_directive_did() {
    assertThat(RecipientPolicies.recall(UNITS)).isEqualTo(RecipientPolicies.newDirective(UNITS));
  }

  @Test
  void report_reminders_reach_the_leaders_the_clerk_and_the_units_reporters() {
    Audience audience = RecipientPolicies.reportDue(UNITS);

    assertThat(audience.includes(member("dn-tranbien", "MEMBER", "reporter"))).isTrue();
    assertThat(audience.includes(member("dn-tranbien", "VAN_THU"))).isTrue();
    assertThat(audience.includes(member("dn-tranbien", "MEMBER", "reviewer"))).isFalse();
  }

  @Test
  void an_overdue_report_escalates_to_the_reviewers_of_the_unit_it_goes_to() {
    Audience audience = RecipientPolicies.overdue(UNITS, "dn-tinhuy");

    assertThat(audience.includes(member("dn-tranbien", "BI_THU"))).isTrue();
    assertThat(audience.includes(member("dn-tinhuy", "MEMBER", "reviewer"))).isTrue();
    assertThat(audience.includes(member("dn-tinhuy", "BI_THU")))
        .as("the superior's secretary is not a reviewer")
        .isFalse();
    assertThat(audience.includes(member("dn-tranbien", "MEMBER", "reviewer")))
        .as("a reviewer of the late unit itself is not the escalation")
        .isFalse();
    assertThat(audience.unitIds()).containsExactly("dn-tranbien", "dn-buuhoa", "dn-tinhuy");
    assertThat(audience.roles()).containsExactlyInAnyOrder("reporter", "reviewer");
  }

  @Test
  void a_submitted_report_reaches_the_reviewers_of_the_receiving_and_the_intermediate_unit() {
    Audience audience = RecipientPolicies.submitted("dn-tinhuy", "dn-bandanvan");

    assertThat(audience.includes(member("dn-tinhuy", "MEMBER", "reviewer"))).isTrue();
    assertThat(audience.includes(member("dn-bandanvan", "MEMBER", "reviewer"))).isTrue();
    assertThat(audience.includes(member("dn-tinhuy", "BI_THU"))).isFalse();
    assertThat(RecipientPolicies.submitted("dn-tinhuy", null).unitIds())
        .containsExactly("dn-tinhuy");
  }

  @Test
  void a_person_named_by_two_rules_or_two_units_is_selected_once() {
    Audience audience = RecipientPolicies.overdue(List.of("dn-tinhuy"), "dn-tinhuy");
    UnitMember both = member("dn-tinhuy", "BI_THU", "reviewer");
    UnitMember outsider = member("dn-tinhuy", "MEMBER");

    assertThat(audience.select(List.of(both, both, outsider))).containsExactly(both);
  }

  private static UnitMember member(String unit, String position, String... roles) {
    return new UnitMember(
        unit + "." + position,
        unit,
        "dong-nai",
        position,
        "x@chidao.test",
        "X",
        true,
        List.of(roles));
  }
}
