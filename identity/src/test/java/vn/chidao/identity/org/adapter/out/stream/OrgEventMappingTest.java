package vn.chidao.identity.org.adapter.out.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.contracts.org.MembershipChanged;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitStatus;
import vn.chidao.identity.org.model.Versioned;

class OrgEventMappingTest {

  private static final Instant WRITTEN = Instant.parse("2026-11-22T03:00:00Z");
  private static final OrgUnit COMMUNE =
      new OrgUnit(
          "dn-tranbien",
          "dong-nai",
          "dong-nai",
          "/tw/dong-nai/dn-tranbien/",
          "COMMUNE_COMMITTEE",
          "Đảng ủy phường Trấn Biên",
          "ĐU",
          UnitStatus.ACTIVE);

  @Test
  void publishing_the_same_version_again_sends_the_same_event() {
    OrgUnitChanged first = OrgEventMapping.unitChanged(new Versioned<>(COMMUNE, 3, WRITTEN));
    OrgUnitChanged again = OrgEventMapping.unitChanged(new Versioned<>(COMMUNE, 3, WRITTEN));

    assertThat(again).isEqualTo(first);
    assertThat(first.occurredAt()).isEqualTo(WRITTEN);
  }

  @Test
  void a_new_version_gets_a_new_event_id() {
    String v3 = OrgEventMapping.unitChanged(new Versioned<>(COMMUNE, 3, WRITTEN)).eventId();
    String v4 =
        OrgEventMapping.unitChanged(new Versioned<>(COMMUNE, 4, WRITTEN.plusSeconds(1))).eventId();

    assertThat(v4).isNotEqualTo(v3);
  }

  @Test
  void a_unit_event_carries_the_tree_position_and_the_tenant() {
    OrgUnitChanged event = OrgEventMapping.unitChanged(new Versioned<>(COMMUNE, 1, WRITTEN));

    assertThat(event.tenant()).isEqualTo("dong-nai");
    assertThat(event.parentId()).isEqualTo("dong-nai");
    assertThat(event.path()).isEqualTo("/tw/dong-nai/dn-tranbien/");
    assertThat(event.issuerAbbr()).isEqualTo("ĐU");
    assertThat(event.status()).isEqualTo("ACTIVE");
  }

  @Test
  void a_closed_unit_names_where_it_went() {
    OrgUnit merged =
        new OrgUnit(
            "dn-a",
            "dong-nai",
            "dong-nai",
            "/tw/dong-nai/dn-a/",
            "COMMUNE_COMMITTEE",
            "Đảng ủy xã A",
            "ĐU",
            UnitStatus.CLOSED,
            List.of("dn-c"));

    OrgUnitChanged event = OrgEventMapping.unitChanged(new Versioned<>(merged, 2, WRITTEN));

    assertThat(event.status()).isEqualTo("CLOSED");
    assertThat(event.successorIds()).containsExactly("dn-c");
    assertThat(OrgEventMapping.unitChanged(new Versioned<>(COMMUNE, 1, WRITTEN)).successorIds())
        .isEmpty();
  }

  @Test
  void a_membership_event_names_the_person_by_position_and_unit() {
    Membership clerk =
        new Membership(
            "tranbien.vanthu",
            "dn-tranbien",
            "dong-nai",
            "VAN_THU",
            List.of("issuer"),
            "tranbien.vanthu@chidao.test",
            true);

    MembershipChanged event =
        OrgEventMapping.membershipChanged(new Versioned<>(clerk, 1, WRITTEN), COMMUNE);

    assertThat(event.displayName()).isEqualTo("Văn thư — Đảng ủy phường Trấn Biên");
    assertThat(event.email()).isEqualTo("tranbien.vanthu@chidao.test");
    assertThat(event.tenant()).isEqualTo("dong-nai");
    assertThat(event.active()).isTrue();
  }
}
