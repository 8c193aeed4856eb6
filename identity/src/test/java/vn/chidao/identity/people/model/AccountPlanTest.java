package vn.chidao.identity.people.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitStatus;

class AccountPlanTest {

  private static final OrgUnit PROVINCE =
      new OrgUnit(
          "dong-nai",
          "dong-nai",
          "tw",
          "/tw/dong-nai/",
          "PROVINCIAL_COMMITTEE",
          "Tỉnh ủy Đồng Nai",
          "TU",
          UnitStatus.ACTIVE);
  private static final OrgUnit CELL =
      new OrgUnit(
          "cb1",
          "dong-nai",
          "dong-nai",
          "/tw/dong-nai/cb1/",
          "PARTY_CELL",
          "Chi bộ 1",
          "CB",
          UnitStatus.ACTIVE);
  private static final Map<String, OrgUnit> UNITS =
      Map.of(PROVINCE.id(), PROVINCE, CELL.id(), CELL);
  private static final Set<String> SSO = Set.of("dongnai.gov.vn");

  private static Membership post(OrgUnit unit, String position, boolean active, String... roles) {
    return new Membership(
        "an", unit.id(), unit.tenant(), position, List.of(roles), "an@dongnai.gov.vn", active);
  }

  @Test
  void a_new_account_names_the_highest_post_and_carries_only_its_roles() {
    Account account =
        AccountPlan.plan(
            "an",
            List.of(
                post(CELL, "MEMBER", true, "reporter"), post(PROVINCE, "VAN_THU", true, "issuer")),
            UNITS,
            null,
            SSO);

    assertThat(account.enabled()).isTrue();
    assertThat(account.attributes())
        .containsEntry("unit_id", "dong-nai")
        .containsEntry("unit_path", "/tw/dong-nai/")
        .containsEntry("province", "dong-nai");
    assertThat(account.realmRoles()).containsExactlyInAnyOrder("issuer", "member");
    assertThat(account.firstName()).isEqualTo("Văn thư");
    assertThat(account.lastName()).isEqualTo("Tỉnh ủy Đồng Nai");
  }

  @Test
  void the_unit_an_account_names_stays_while_the_person_is_still_there() {
    Account account =
        AccountPlan.plan(
            "an",
            List.of(
                post(CELL, "MEMBER", true, "reporter"), post(PROVINCE, "BI_THU", true, "issuer")),
            UNITS,
            "cb1",
            SSO);

    assertThat(account.attributes()).containsEntry("unit_id", "cb1");
    assertThat(account.realmRoles()).containsExactlyInAnyOrder("reporter", "member");
  }

  @Test
  void a_person_who_left_every_unit_has_a_disabled_account_without_roles_or_unit() {
    Account account =
        AccountPlan.plan("an", List.of(post(CELL, "MEMBER", false, "reporter")), UNITS, "cb1", SSO);

    assertThat(account.enabled()).isFalse();
    assertThat(account.realmRoles()).isEmpty();
    assertThat(account.attributes()).isEmpty();
    assertThat(account.email()).isEqualTo("an@dongnai.gov.vn");
  }

  @Test
  void a_post_in_a_closed_unit_does_not_count() {
    Account account =
        AccountPlan.plan(
            "an",
            List.of(post(CELL, "BI_THU", true, "issuer")),
            Map.of(PROVINCE.id(), PROVINCE),
            "cb1",
            SSO);

    assertThat(account.enabled()).isFalse();
  }

  @Test
  void only_people_outside_the_government_domains_must_set_a_password() {
    assertThat(
            AccountPlan.plan("an", List.of(post(CELL, "MEMBER", true)), UNITS, null, SSO)
                .setsPassword())
        .isFalse();
    assertThat(
            AccountPlan.plan("an", List.of(post(CELL, "MEMBER", true)), UNITS, null, Set.of())
                .setsPassword())
        .isTrue();
  }
}
