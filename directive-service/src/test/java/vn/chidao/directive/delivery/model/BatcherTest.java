package vn.chidao.directive.delivery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.issue.model.Purpose;

class BatcherTest {

  private static AudienceMember member(int n, Purpose purpose) {
    return new AudienceMember("u" + n, "t01", "/tw/u" + n + "/", purpose);
  }

  private static List<PlannedBatch> run(Batcher batcher, List<AudienceMember> audience) {
    List<PlannedBatch> batches = new ArrayList<>();
    audience.forEach(member -> batches.addAll(batcher.add(member)));
    batches.addAll(batcher.finish());
    return batches;
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
            tuple(1, Purpose.IMPLEMENT, List.of("u1", "u3")),
            tuple(2, Purpose.IMPLEMENT, List.of("u4")),
            tuple(3, Purpose.INFORMATION, List.of("u2")));
    assertThat(batcher.finish()).isEmpty();
  }

  @Test
  void a_resumed_run_rebuilds_unpublished_recorded_batches_whatever_the_order_and_numbers_after() {
    // Recorded before the crash: 1 = [u1, u3] published, 2 = [u4, u6] not published.
    Batcher batcher =
        new Batcher(
            2,
            List.of(
                new RecordedBatch(1, Purpose.IMPLEMENT, List.of("u1", "u3")),
                new RecordedBatch(2, Purpose.IMPLEMENT, List.of("u4", "u6"))),
            Set.of(1));
    List<AudienceMember> audience = new ArrayList<>();
    for (int n : new int[] {6, 8, 2, 5, 4, 1, 7, 3}) {
      audience.add(member(n, n == 5 ? Purpose.INFORMATION : Purpose.IMPLEMENT));
    }

    assertThat(run(batcher, audience))
        .extracting(PlannedBatch::number, PlannedBatch::purpose, PlannedBatch::unitIds)
        .containsExactly(
            tuple(3, Purpose.IMPLEMENT, List.of("u8", "u2")),
            tuple(2, Purpose.IMPLEMENT, List.of("u6", "u4")),
            tuple(4, Purpose.IMPLEMENT, List.of("u7")),
            tuple(5, Purpose.INFORMATION, List.of("u5")));
    assertThat(batcher.lastNumber()).isEqualTo(5);
  }

  @Test
  void a_recorded_batch_keeps_its_units_and_purpose_and_loses_only_units_that_left_the_audience() {
    Batcher batcher =
        new Batcher(
            3,
            List.of(
                new RecordedBatch(1, Purpose.IMPLEMENT, List.of("u1", "u2")),
                new RecordedBatch(2, Purpose.IMPLEMENT, List.of("u3", "u4", "u5"))),
            Set.of());
    // u1 and u2 closed since; u4 is now reached for information only; u5 closed.
    List<PlannedBatch> batches =
        run(
            batcher,
            List.of(
                member(4, Purpose.INFORMATION),
                member(6, Purpose.IMPLEMENT),
                member(3, Purpose.IMPLEMENT)));

    assertThat(batches)
        .extracting(PlannedBatch::number, PlannedBatch::purpose, PlannedBatch::unitIds)
        .containsExactly(
            tuple(2, Purpose.IMPLEMENT, List.of("u4", "u3")),
            tuple(3, Purpose.IMPLEMENT, List.of("u6")));
  }

  /**
   * Many random audiences, each cut by a first run that dies after a random number of recorded
   * batches with a random part of them published, then by a resumed run that streams a reshuffled
   * audience (some units closed meanwhile): every unit still in the audience is in exactly one
   * announced batch, a published batch is never emitted again, a re-emitted one holds exactly its
   * recorded units still there, and new numbers follow the recorded ones without a gap.
   */
  @Test
  void resuming_anywhere_announces_every_unit_once_and_never_changes_an_announced_batch() {
    Purpose[] purposes = {Purpose.IMPLEMENT, Purpose.INFORMATION, Purpose.REPORT_TO};
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      int size = 1 + random.nextInt(5);
      List<AudienceMember> audience = new ArrayList<>();
      for (int n = 0, units = random.nextInt(60); n < units; n++) {
        audience.add(member(n, purposes[random.nextInt(purposes.length)]));
      }
      Collections.shuffle(audience, random);
      List<PlannedBatch> first = run(new Batcher(size), audience);
      List<PlannedBatch> recorded = first.subList(0, random.nextInt(first.size() + 1));
      Set<Integer> published = new HashSet<>();
      recorded.forEach(
          batch -> {
            if (random.nextBoolean()) {
              published.add(batch.number());
            }
          });

      List<AudienceMember> now = new ArrayList<>(audience);
      now.removeIf(member -> random.nextInt(10) == 0); // closed meanwhile
      Collections.shuffle(now, random);
      Batcher resumed =
          new Batcher(size, recorded.stream().map(RecordedBatch::of).toList(), published);
      List<PlannedBatch> second = run(resumed, now);

      String context = "seed " + seed;
      Map<String, Integer> announced = new HashMap<>();
      for (PlannedBatch batch : recorded) {
        if (published.contains(batch.number())) {
          batch.unitIds().forEach(unit -> announced.put(unit, batch.number()));
        }
      }
      int lastRecorded = recorded.isEmpty() ? 0 : recorded.get(recorded.size() - 1).number();
      int expectedNew = lastRecorded;
      for (PlannedBatch batch : second) {
        assertThat(published).as(context).doesNotContain(batch.number());
        assertThat(batch.members()).as(context).hasSizeLessThanOrEqualTo(size);
        for (String unit : batch.unitIds()) {
          assertThat(announced.put(unit, batch.number())).as(context + " " + unit).isNull();
        }
        if (batch.number() > lastRecorded) {
          assertThat(batch.number()).as(context).isEqualTo(++expectedNew);
        } else {
          PlannedBatch before = recorded.get(batch.number() - 1);
          assertThat(batch.purpose()).as(context).isEqualTo(before.purpose());
          assertThat(batch.unitIds())
              .as(context)
              .containsExactlyInAnyOrderElementsOf(
                  before.unitIds().stream()
                      .filter(unit -> now.stream().anyMatch(m -> m.unitId().equals(unit)))
                      .toList());
        }
      }
      for (AudienceMember member : now) {
        assertThat(announced).as(context).containsKey(member.unitId());
      }
      assertThat(resumed.lastNumber()).as(context).isEqualTo(expectedNew);
    }
  }
}
