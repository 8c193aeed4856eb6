package vn.chidao.directive.delivery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.issue.model.Purpose;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Scope;
import vn.chidao.directive.issue.model.Unit;

class AudienceTest {

  private static final Unit PROVINCE =
      new Unit("p", "t01", "/tw/p/", "Tỉnh ủy", true, "PROVINCIAL_COMMITTEE", "TU");
  private static final Unit COMMUNE =
      new Unit("p-x1", "t01", "/tw/p/p-x1/", "Đảng ủy xã", true, "COMMUNE_COMMITTEE", "ĐU");

  private static final List<CandidateUnit> SUBTREE =
      List.of(
          candidate(PROVINCE),
          candidate(COMMUNE),
          new CandidateUnit("p-x1-g1", "t01", "/tw/p/p-x1/p-x1-g1/", "GRASSROOTS_COMMITTEE"),
          new CandidateUnit("p-x1-g1-b1", "t01", "/tw/p/p-x1/p-x1-g1/p-x1-g1-b1/", "PARTY_CELL"),
          new CandidateUnit("p-x1-g1-b2", "t01", "/tw/p/p-x1/p-x1-g1/p-x1-g1-b2/", "PARTY_CELL"),
          new CandidateUnit("p-x2", "t01", "/tw/p/p-x2/", "COMMUNE_COMMITTEE"));

  private static CandidateUnit candidate(Unit unit) {
    return new CandidateUnit(unit.id(), unit.tenant(), unit.path(), unit.kind());
  }

  private static Map<Recipient, Unit> entries(Object... pairs) {
    Map<Recipient, Unit> entries = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      entries.put((Recipient) pairs[i], (Unit) pairs[i + 1]);
    }
    return entries;
  }

  private static List<String> ids(Audience audience) {
    return audience.members().stream().map(AudienceMember::unitId).toList();
  }

  @Test
  void a_whole_subtree_reaches_the_named_unit_and_everything_below_it() {
    Recipient subtree = new Recipient("p-x1", Scope.SUBTREE, List.of(), Purpose.IMPLEMENT, null);

    Audience audience = Audience.resolve(entries(subtree, COMMUNE), SUBTREE);

    assertThat(ids(audience)).containsExactly("p-x1", "p-x1-g1", "p-x1-g1-b1", "p-x1-g1-b2");
  }

  @Test
  void kinds_narrow_a_subtree_to_units_of_those_kinds() {
    Recipient cells =
        new Recipient("p", Scope.SUBTREE, List.of("PARTY_CELL"), Purpose.IMPLEMENT, null);

    Audience audience = Audience.resolve(entries(cells, PROVINCE), SUBTREE);

    assertThat(ids(audience)).containsExactly("p-x1-g1-b1", "p-x1-g1-b2");
  }

  @Test
  void a_unit_reached_twice_is_reached_once_with_the_strongest_purpose() {
    Recipient information = new Recipient("p", Scope.SUBTREE, List.of(), Purpose.INFORMATION, null);
    Recipient implement = Recipient.implement("p-x1");

    Audience audience =
        Audience.resolve(entries(information, PROVINCE, implement, COMMUNE), SUBTREE);

    assertThat(audience.size()).isEqualTo(SUBTREE.size());
    assertThat(audience.members().get(0))
        .isEqualTo(new AudienceMember("p-x1", "t01", "/tw/p/p-x1/", Purpose.IMPLEMENT));
    assertThat(audience.members().stream().filter(m -> m.purpose() == Purpose.IMPLEMENT))
        .hasSize(1);
  }

  @Test
  void a_named_unit_alone_does_not_reach_its_subordinates() {
    Audience audience = Audience.resolve(entries(Recipient.implement("p-x1"), COMMUNE), SUBTREE);

    assertThat(ids(audience)).containsExactly("p-x1");
  }

  @Test
  void batches_hold_at_most_the_batch_size_and_one_purpose_each() {
    Recipient information = new Recipient("p", Scope.SUBTREE, List.of(), Purpose.INFORMATION, null);
    Recipient implement = new Recipient("p-x1", Scope.SUBTREE, List.of(), Purpose.IMPLEMENT, null);

    List<PlannedBatch> batches =
        Audience.resolve(entries(information, PROVINCE, implement, COMMUNE), SUBTREE).batches(3);

    assertThat(batches)
        .extracting(PlannedBatch::number, PlannedBatch::purpose, b -> b.members().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Purpose.IMPLEMENT, 3),
            org.assertj.core.groups.Tuple.tuple(2, Purpose.IMPLEMENT, 1),
            org.assertj.core.groups.Tuple.tuple(3, Purpose.INFORMATION, 2));
    assertThat(batches.stream().flatMap(b -> b.unitIds().stream()).distinct()).hasSize(6);
  }

  @Test
  void the_same_list_always_gives_the_same_batches() {
    Recipient all = new Recipient("p", Scope.SUBTREE, List.of(), Purpose.IMPLEMENT, null);
    List<CandidateUnit> shuffled = new java.util.ArrayList<>(SUBTREE);
    java.util.Collections.reverse(shuffled);

    assertThat(Audience.resolve(entries(all, PROVINCE), shuffled).batches(2))
        .isEqualTo(Audience.resolve(entries(all, PROVINCE), SUBTREE).batches(2));
  }

  @Test
  void kinds_are_only_for_subtrees() {
    assertThatThrownBy(
            () -> new Recipient("p", Scope.UNIT, List.of("PARTY_CELL"), Purpose.IMPLEMENT, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
