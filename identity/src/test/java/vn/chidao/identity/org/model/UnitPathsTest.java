package vn.chidao.identity.org.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitPathsTest {

  @Test
  void a_root_unit_has_its_own_id_between_slashes() {
    assertThat(UnitPaths.of(parents("tw", null))).containsEntry("tw", "/tw/");
  }

  @Test
  void a_unit_path_lists_the_ids_from_the_root_down_to_the_unit() {
    Map<String, String> paths =
        UnitPaths.of(
            parents(
                "dn-tranbien-kp1", "dn-tranbien",
                "tw", null,
                "dn-tranbien", "dong-nai",
                "dong-nai", "tw"));

    assertThat(paths)
        .containsEntry("dong-nai", "/tw/dong-nai/")
        .containsEntry("dn-tranbien", "/tw/dong-nai/dn-tranbien/")
        .containsEntry("dn-tranbien-kp1", "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/");
  }

  @Test
  void the_trailing_slash_keeps_a_sibling_with_a_longer_id_out_of_the_subtree() {
    Map<String, String> paths = UnitPaths.of(parents("tw", null, "dn", "tw", "dn-2", "tw"));

    assertThat(paths.get("dn-2")).doesNotStartWith(paths.get("dn"));
  }

  @Test
  void a_unit_whose_parent_is_missing_is_refused() {
    assertThatThrownBy(() -> UnitPaths.of(parents("tw", null, "dn", "nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown parent nowhere");
  }

  @Test
  void units_that_are_each_others_ancestors_are_refused() {
    assertThatThrownBy(() -> UnitPaths.of(parents("a", "b", "b", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void a_unit_whose_path_does_not_end_with_its_id_cannot_be_built() {
    assertThatThrownBy(
            () ->
                new OrgUnit(
                    "dn",
                    "dong-nai",
                    "tw",
                    "/tw/other/",
                    "PROVINCIAL_COMMITTEE",
                    "Tỉnh ủy",
                    "TU",
                    UnitStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_unit_contains_itself_and_its_descendants_only() {
    OrgUnit province = unit("dong-nai", "tw", "/tw/dong-nai/");
    OrgUnit commune = unit("dn-tranbien", "dong-nai", "/tw/dong-nai/dn-tranbien/");
    OrgUnit other = unit("quang-ngai", "tw", "/tw/quang-ngai/");

    assertThat(province.contains(province)).isTrue();
    assertThat(province.contains(commune)).isTrue();
    assertThat(commune.contains(province)).isFalse();
    assertThat(province.contains(other)).isFalse();
  }

  private static OrgUnit unit(String id, String parentId, String path) {
    return new OrgUnit(id, "t", parentId, path, "KIND", id, "X", UnitStatus.ACTIVE);
  }

  /** Pairs of (id, parentId); HashMap because Map.of refuses null parents. */
  private static Map<String, String> parents(String... idAndParent) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < idAndParent.length; i += 2) {
      map.put(idAndParent[i], idAndParent[i + 1]);
    }
    return map;
  }
}
