package vn.chidao.identity.org.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of creates, moves, merges, splits and closes on a random tree. After every step,
 * the current tree and the tree as of every earlier change date must be consistent: one root, every
 * unit's parent present on that day, every path = parent's path + id. Seeds are fixed so a failure
 * reproduces; the seed is in the test name.
 */
class OrgHistoryPropertyTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void every_path_stays_consistent_and_no_unit_is_orphaned(long seed) {
    Random random = new Random(seed);
    OrgHistory history = OrgTrees.empty();
    LocalDate day = OrgTrees.FOUNDED;
    history.apply(history.create(new NewUnit("u0", null, "CENTRAL_COMMITTEE", "Gốc", "TW"), day));
    int next = 1;
    for (; next < 60; next++) {
      List<UnitVersion> all = history.currentUnits();
      String parent = all.get(random.nextInt(all.size())).unitId();
      history.apply(history.create(unit("u" + next, parent), day));
    }
    List<LocalDate> days = new ArrayList<>(List.of(day));
    Map<LocalDate, List<OrgUnit>> snapshots = new HashMap<>();
    Map<ChangeSet.Operation, Integer> applied = new HashMap<>();
    for (int step = 0; step < 150; step++) {
      day = day.plusDays(random.nextInt(3));
      snapshots.putIfAbsent(day.minusDays(1), history.asOf(day.minusDays(1)));
      try {
        ChangeSet change = randomChange(history, random, day, next++);
        history.apply(change);
        applied.merge(change.operation(), 1, Integer::sum);
      } catch (OrgRuleViolation refused) {
        // Random requests are often invalid (a move into its own subtree...): refusing is fine,
        // the check below proves a refusal left nothing behind.
      }
      assertConsistent(history.currentUnits().stream().map(UnitVersion::toUnit).toList());
      days.add(day);
    }
    for (LocalDate past : days) {
      assertConsistent(history.asOf(past));
    }
    snapshots.forEach((past, tree) -> assertThat(history.asOf(past)).isEqualTo(tree));
    // Enough of the random requests must succeed for the run to prove anything.
    assertThat(applied.getOrDefault(ChangeSet.Operation.MOVE, 0)).isGreaterThan(5);
    assertThat(applied.getOrDefault(ChangeSet.Operation.MERGE, 0)).isGreaterThan(5);
    assertThat(applied.getOrDefault(ChangeSet.Operation.SPLIT, 0)).isGreaterThan(5);
  }

  private static ChangeSet randomChange(
      OrgHistory history, Random random, LocalDate day, int next) {
    List<UnitVersion> all = history.currentUnits();
    UnitVersion a = all.get(random.nextInt(all.size()));
    UnitVersion b = all.get(random.nextInt(all.size()));
    return switch (random.nextInt(5)) {
      case 0 -> history.move(a.unitId(), b.unitId(), day);
      case 1 -> history.merge(List.of(a.unitId()), b.unitId(), day);
      case 2 -> history.create(unit("u" + next, a.unitId()), day);
      case 3 -> history.close(a.unitId(), day);
      default -> split(history, a, day, next);
    };
  }

  private static ChangeSet split(OrgHistory history, UnitVersion unit, LocalDate day, int next) {
    String first = "u" + next + "a";
    String second = "u" + next + "b";
    Map<String, String> assignment = new HashMap<>();
    List<UnitVersion> children = history.childrenOf(unit.unitId());
    for (int i = 0; i < children.size(); i++) {
      assignment.put(children.get(i).unitId(), i % 2 == 0 ? first : second);
    }
    return history.split(
        unit.unitId(),
        List.of(
            new NewUnit(first, null, "PARTY_CELL", "Phần A", "CB"),
            new NewUnit(second, null, "PARTY_CELL", "Phần B", "CB")),
        assignment,
        day);
  }

  private static NewUnit unit(String id, String parentId) {
    return new NewUnit(id, parentId, "PARTY_CELL", "Chi bộ " + id, "CB");
  }

  static void assertConsistent(List<OrgUnit> tree) {
    Map<String, OrgUnit> byId = new HashMap<>();
    for (OrgUnit unit : tree) {
      assertThat(byId.put(unit.id(), unit)).as("unit %s appears once", unit.id()).isNull();
    }
    assertThat(tree.stream().filter(unit -> unit.parentId() == null)).hasSize(1);
    for (OrgUnit unit : tree) {
      if (unit.parentId() == null) {
        assertThat(unit.path()).isEqualTo(UnitPaths.root(unit.id()));
        continue;
      }
      OrgUnit parent = byId.get(unit.parentId());
      assertThat(parent).as("parent of %s", unit.id()).isNotNull();
      assertThat(unit.path()).isEqualTo(UnitPaths.child(parent.path(), unit.id()));
    }
  }
}
