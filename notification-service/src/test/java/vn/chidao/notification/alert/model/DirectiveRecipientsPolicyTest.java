package vn.chidao.notification.alert.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectiveRecipientsPolicyTest {

  private final DirectiveRecipientsPolicy policy = new DirectiveRecipientsPolicy();

  @Test
  void the_secretary_deputies_and_clerk_of_a_unit_are_alerted() {
    assertThat(policy.isAlerted(member("BI_THU", true))).isTrue();
    assertThat(policy.isAlerted(member("PHO_BI_THU", true))).isTrue();
    assertThat(policy.isAlerted(member("VAN_THU", true))).isTrue();
  }

  @Test
  void other_positions_are_not_alerted() {
    assertThat(policy.isAlerted(member("QUAN_TRI", true))).isFalse();
    assertThat(policy.isAlerted(member("MEMBER", true))).isFalse();
    assertThat(policy.isAlerted(member(null, true))).isFalse();
  }

  @Test
  void someone_who_left_the_unit_is_not_alerted() {
    assertThat(policy.isAlerted(member("BI_THU", false))).isFalse();
  }

  @Test
  void the_positions_asked_for_are_exactly_those_alerted() {
    assertThat(policy.positions()).containsExactlyInAnyOrder("BI_THU", "PHO_BI_THU", "VAN_THU");
  }

  private static UnitMember member(String position, boolean active) {
    return new UnitMember(
        "someone", "dn-tranbien", "dong-nai", position, "someone@chidao.test", "Ai đó", active);
  }
}
