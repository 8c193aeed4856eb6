package vn.chidao.directive.delivery.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.issue.model.Purpose;

class BatcherTest {

  private static AudienceMember member(int n, Purpose purpose) {
    return new AudienceMember("u" + n, "t01", "/tw/u" + n + "/", purpose);
  }

  @Test
  void a_batch_is_complete_as_soon_as_its_purpose_has_enough_units_and_the_rest_come_at_the_end() {
    Batcher batcher = new Batcher(2);
    List<PlannedBatch> batches = new ArrayList<>();

    batches.addAll(batcher.add(member(1, Purpose.IMPLEMENT)));
    batches.addAll(batcher.add(member(2, Purpose.INFORMATION)));
    assertThat(batches).isEmpty();
    batches.addAll(batcher.add(member(3, Purpose.IMPLEMENT)));
    assertThat(batches)
        .singleElement()
        .satisfies(b -> assertThat(b.unitIds()).containsExactly("u1", "u3"));
    batches.addAll(batcher.add(member(4, Purpose.IMPLEMENT)));
    batches.addAll(batcher.finish());

    assertThat(batches)
        .extracting(PlannedBatch::number, PlannedBatch::purpose, PlannedBatch::unitIds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Purpose.IMPLEMENT, List.of("u1", "u3")),
            org.assertj.core.groups.Tuple.tuple(2, Purpose.IMPLEMENT, List.of("u4")),
            org.assertj.core.groups.Tuple.tuple(3, Purpose.INFORMATION, List.of("u2")));
    assertThat(batcher.finish()).isEmpty();
  }

  @Test
  void a_resumed_run_rebuilds_unpublished_recorded_batches_and_numbers_new_ones_after_them() {
    // Recorded before the crash: 1 = [u1, u3] published, 2 = [u4, u6] not published.
    Batcher batcher =
        new Batcher(
            2,
            List.of(
                new BatchRange(1, Purpose.IMPLEMENT, "u1", "u3"),
                new BatchRange(2, Purpose.IMPLEMENT, "u4", "u6")),
            java.util.Set.of(1));
    List<PlannedBatch> batches = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      batches.addAll(batcher.add(member(n, n == 5 ? Purpose.INFORMATION : Purpose.IMPLEMENT)));
    }
    batches.addAll(batcher.finish());

    assertThat(batches)
        .extracting(PlannedBatch::number, PlannedBatch::purpose, PlannedBatch::unitIds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, Purpose.IMPLEMENT, List.of("u4", "u6")),
            org.assertj.core.groups.Tuple.tuple(3, Purpose.IMPLEMENT, List.of("u7", "u8")),
            org.assertj.core.groups.Tuple.tuple(4, Purpose.INFORMATION, List.of("u5")));
    assertThat(batcher.lastNumber()).isEqualTo(4);
  }

  @Test
  void a_recorded_batch_whose_units_all_closed_is_not_emitted_again() {
    Batcher batcher =
        new Batcher(
            2, List.of(new BatchRange(1, Purpose.IMPLEMENT, "u1", "u2")), java.util.Set.of());
    List<PlannedBatch> batches = new ArrayList<>(batcher.add(member(3, Purpose.IMPLEMENT)));
    batches.addAll(batcher.finish());

    assertThat(batches)
        .extracting(PlannedBatch::number, PlannedBatch::unitIds)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, List.of("u3")));
  }
}
