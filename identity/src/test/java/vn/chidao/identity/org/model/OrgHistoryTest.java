package vn.chidao.identity.org.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgHistoryTest {

  static final LocalDate REORG = LocalDate.of(2025, 7, 1);
  static final LocalDate BEFORE = REORG.minusDays(1);

  OrgHistory history = OrgTrees.demo();

  @Test
  void a_created_unit_takes_its_parents_tenant_and_path() {
    UnitVersion cell = history.current("dn-a-cb1").orElseThrow();

    assertThat(cell.tenant()).isEqualTo("dong-nai");
    assertThat(cell.path()).isEqualTo("/tw/dong-nai/dn-a/dn-a-cb1/");
    assertThat(history.current("dong-nai").orElseThrow().tenant()).isEqualTo("dong-nai");
    assertThat(history.current("tw").orElseThrow().tenant()).isEqualTo("trung-uong");
  }

  @Test
  void an_id_once_used_cannot_be_used_again_even_after_the_unit_closed() {
    history.apply(history.close("dn-c", REORG));

    assertThatThrownBy(
            () ->
                history.create(
                    new NewUnit("dn-c", "dong-nai", "COMMUNE_COMMITTEE", "Mới", "ĐU"), REORG))
        .isInstanceOfSatisfying(
            OrgRuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("unit-exists"));
  }

  @Test
  void an_unknown_kind_is_refused() {
    assertThatThrownBy(
            () -> history.create(new NewUnit("x", "dong-nai", "CLUB", "Câu lạc bộ", "CLB"), REORG))
        .hasMessageContaining("Loại đơn vị \"CLUB\" không hợp lệ");
  }

  @Test
  void a_rename_starts_a_new_version_and_keeps_the_old_name_in_history() {
    history.apply(history.rename("dn-a", "Đảng ủy phường A", "ĐU", REORG));

    assertThat(history.current("dn-a").orElseThrow().name()).isEqualTo("Đảng ủy phường A");
    assertThat(nameOn("dn-a", BEFORE)).isEqualTo("Đảng ủy xã A");
    assertThat(nameOn("dn-a", REORG)).isEqualTo("Đảng ủy phường A");
  }

  @Test
  void a_move_re_paths_the_whole_subtree_and_leaves_the_past_tree_unchanged() {
    List<OrgUnit> before = history.asOf(BEFORE);

    ChangeSet move = history.move("dn-a", "dn-b", REORG);
    history.apply(move);

    assertThat(move.affectedUnitIds()).containsExactlyInAnyOrder("dn-a", "dn-a-cb1", "dn-a-cb2");
    assertThat(history.current("dn-a-cb2").orElseThrow().path())
        .isEqualTo("/tw/dong-nai/dn-b/dn-a/dn-a-cb2/");
    assertThat(history.current("dn-a").orElseThrow().parentId()).isEqualTo("dn-b");
    assertThat(history.current("dn-a-cb2").orElseThrow().parentId()).isEqualTo("dn-a");
    assertThat(history.asOf(BEFORE)).isEqualTo(before);
  }

  @Test
  void a_unit_cannot_move_into_its_own_subtree() {
    assertThatThrownBy(() -> history.move("dn-a", "dn-a-cb1", REORG))
        .isInstanceOfSatisfying(
            OrgRuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("move-into-own-subtree"));
  }

  @Test
  void a_change_dated_before_the_current_version_is_refused() {
    history.apply(history.rename("dn-a", "Đảng ủy phường A", "ĐU", REORG));

    assertThatThrownBy(() -> history.move("dn-a", "dn-b", BEFORE))
        .isInstanceOfSatisfying(
            OrgRuleViolation.class, violation -> assertThat(violation.isConflict()).isTrue());
  }

  @Test
  void a_unit_with_subordinates_cannot_simply_close() {
    assertThatThrownBy(() -> history.close("dn-a", REORG))
        .hasMessageContaining("còn đơn vị trực thuộc");
  }

  @Test
  void a_closed_unit_is_gone_now_and_present_before() {
    history.apply(history.close("dn-c", REORG));

    assertThat(history.current("dn-c")).isEmpty();
    assertThat(ids(history.asOf(BEFORE))).contains("dn-c");
    assertThat(ids(history.asOf(REORG))).doesNotContain("dn-c");
    assertThat(history.versions("dn-c"))
        .last()
        .extracting(UnitVersion::toUnit)
        .extracting(OrgUnit::status)
        .isEqualTo(UnitStatus.CLOSED);
  }

  @Test
  void a_merge_moves_the_sources_subordinates_under_the_successor_and_links_them() {
    history.apply(history.merge(List.of("dn-a", "dn-b"), "dn-c", REORG));

    assertThat(history.current("dn-a")).isEmpty();
    assertThat(history.current("dn-b")).isEmpty();
    assertThat(history.versions("dn-a"))
        .last()
        .extracting(UnitVersion::successorIds)
        .isEqualTo(List.of("dn-c"));
    assertThat(ids(history.childrenOf("dn-c"))).containsExactly("dn-a-cb1", "dn-a-cb2", "dn-b-cb1");
    assertThat(history.current("dn-b-cb1").orElseThrow().path())
        .isEqualTo("/tw/dong-nai/dn-c/dn-b-cb1/");
    assertThat(ids(history.asOf(BEFORE))).contains("dn-a", "dn-b");
  }

  @Test
  void merging_provinces_hands_the_subordinates_to_the_successors_tenant() {
    history.apply(history.merge(List.of("quang-ngai"), "dong-nai", REORG));

    UnitVersion commune = history.current("qn-a").orElseThrow();
    assertThat(commune.tenant()).isEqualTo("dong-nai");
    assertThat(commune.path()).isEqualTo("/tw/dong-nai/qn-a/");
    assertThat(tenantOn("qn-a", BEFORE)).isEqualTo("quang-ngai");
  }

  @Test
  void nested_sources_of_a_merge_are_refused() {
    assertThatThrownBy(() -> history.merge(List.of("dn-a", "dn-a-cb1"), "dn-c", REORG))
        .isInstanceOfSatisfying(
            OrgRuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("merge-nested-sources"));
  }

  @Test
  void a_split_founds_the_parts_hands_out_the_subordinates_and_links_them() {
    List<NewUnit> parts =
        List.of(
            new NewUnit("dn-a1", null, "COMMUNE_COMMITTEE", "Đảng ủy xã A1", "ĐU"),
            new NewUnit("dn-a2", null, "COMMUNE_COMMITTEE", "Đảng ủy xã A2", "ĐU"));

    history.apply(
        history.split("dn-a", parts, Map.of("dn-a-cb1", "dn-a1", "dn-a-cb2", "dn-a2"), REORG));

    assertThat(history.current("dn-a")).isEmpty();
    assertThat(history.versions("dn-a"))
        .last()
        .extracting(UnitVersion::successorIds)
        .isEqualTo(List.of("dn-a1", "dn-a2"));
    assertThat(history.current("dn-a2").orElseThrow().path()).isEqualTo("/tw/dong-nai/dn-a2/");
    assertThat(history.current("dn-a-cb2").orElseThrow().path())
        .isEqualTo("/tw/dong-nai/dn-a2/dn-a-cb2/");
    assertThat(ids(history.asOf(BEFORE))).contains("dn-a").doesNotContain("dn-a1", "dn-a2");
  }

  @Test
  void a_split_that_leaves_a_subordinate_without_a_part_is_refused_and_changes_nothing() {
    List<NewUnit> parts =
        List.of(
            new NewUnit("dn-a1", null, "COMMUNE_COMMITTEE", "Đảng ủy xã A1", "ĐU"),
            new NewUnit("dn-a2", null, "COMMUNE_COMMITTEE", "Đảng ủy xã A2", "ĐU"));

    assertThatThrownBy(() -> history.split("dn-a", parts, Map.of("dn-a-cb1", "dn-a1"), REORG))
        .isInstanceOfSatisfying(
            OrgRuleViolation.class,
            violation -> assertThat(violation.code()).isEqualTo("split-child-unassigned"));
    assertThat(history.current("dn-a1")).isEmpty();
    assertThat(history.current("dn-a")).isPresent();
  }

  @Test
  void applying_a_change_set_twice_is_the_same_as_once() {
    ChangeSet move = history.move("dn-a", "dn-b", REORG);
    history.apply(move);
    List<UnitVersion> once = history.currentUnits();

    history.apply(move);

    assertThat(history.currentUnits()).isEqualTo(once);
    assertThat(history.versions("dn-a")).hasSize(2);
  }

  private String nameOn(String id, LocalDate day) {
    return unitOn(id, day).name();
  }

  private String tenantOn(String id, LocalDate day) {
    return unitOn(id, day).tenant();
  }

  private OrgUnit unitOn(String id, LocalDate day) {
    return history.asOf(day).stream()
        .filter(unit -> unit.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> ids(List<?> units) {
    return units.stream()
        .map(unit -> unit instanceof OrgUnit orgUnit ? orgUnit.id() : ((UnitVersion) unit).unitId())
        .toList();
  }
}
