package vn.chidao.testsupport.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticNationTest {

  @Test
  void the_national_tree_has_the_sizes_of_the_country() {
    Map<String, Long> byKind =
        SyntheticNation.national().units().stream()
            .collect(Collectors.groupingBy(SyntheticUnit::kind, Collectors.counting()));

    assertThat(byKind)
        .containsEntry("CENTRAL_COMMITTEE", 1L)
        .containsEntry("PROVINCIAL_COMMITTEE", 34L)
        .containsEntry("COMMUNE_COMMITTEE", 3_321L)
        .containsEntry("GRASSROOTS_COMMITTEE", 52_000L)
        .containsEntry("PARTY_CELL", 200_000L);
    assertThat(SyntheticNation.national().size()).isEqualTo(255_356);
  }

  @Test
  void every_unit_comes_after_its_parent_with_a_consistent_path_and_unique_id() {
    Map<String, SyntheticUnit> seen = new HashMap<>();
    Set<String> ids = new HashSet<>();
    SyntheticNation.of(3, 7, 20, 50)
        .forEach(
            unit -> {
              assertThat(ids.add(unit.id())).as("unique id %s", unit.id()).isTrue();
              if (unit.parentId() == null) {
                assertThat(unit.path()).isEqualTo("/" + unit.id() + "/");
              } else {
                SyntheticUnit parent = seen.get(unit.parentId());
                assertThat(parent).as("parent of %s seen first", unit.id()).isNotNull();
                assertThat(unit.path()).isEqualTo(parent.path() + unit.id() + "/");
                if (!parent.kind().equals("CENTRAL_COMMITTEE")) {
                  assertThat(unit.tenant()).isEqualTo(parent.tenant());
                }
              }
              seen.put(unit.id(), unit);
            });
    assertThat(seen).hasSize(1 + 3 + 7 + 20 + 50);
  }

  @Test
  void a_scaled_tree_keeps_roughly_the_asked_size() {
    assertThat(SyntheticNation.scaledTo(10_000).size()).isBetween(9_000, 11_000);
  }
}
