package vn.chidao.directive.delivery.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.chidao.directive.issue.model.Purpose;

/**
 * Cuts a stream of audience members, in any order, into batches of at most {@code size} units of
 * one purpose, as they come: a batch is complete as soon as its purpose has {@code size} members,
 * the rest at the end. Batches are numbered in the order they complete.
 *
 * <p>A resumed job passes the batches it had recorded (each with its units) and which of them were
 * published. A member a recorded batch holds goes back into that batch, with the batch's purpose:
 * not emitted again if the batch was published (consumers have seen it), otherwise emitted once all
 * its units still in the audience have come (one whose units all left the audience is not emitted).
 * Every other member goes into new batches numbered after the recorded ones. So a crash never
 * renumbers, splits or refills a batch consumers may have seen. Not thread-safe: one per run.
 */
public final class Batcher {

  private final int size;
  private final Map<Purpose, List<AudienceMember>> open = new EnumMap<>(Purpose.class);

  /** The recorded batch of each unit a recorded batch holds. */
  private final Map<String, RecordedBatch> recordedOf = new HashMap<>();

  private final Set<Integer> published;

  /** Recorded, unpublished batches being rebuilt, by number: the members come so far. */
  private final TreeMap<Integer, List<AudienceMember>> rebuilt = new TreeMap<>();

  private int numbered;

  /** A fresh job's. */
  public Batcher(int size) {
    this(size, List.of(), Set.of());
  }

  /** A resumed job's: the batches the interrupted run recorded, and those it published. */
  public Batcher(int size, Collection<RecordedBatch> recorded, Set<Integer> published) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive");
    }
    this.size = size;
    this.published = Set.copyOf(published);
    for (RecordedBatch batch : recorded) {
      numbered = Math.max(numbered, batch.number());
      batch.unitIds().forEach(unitId -> recordedOf.put(unitId, batch));
    }
  }

  /** The batches this member completed, if any. */
  public List<PlannedBatch> add(AudienceMember member) {
    RecordedBatch recorded = recordedOf.isEmpty() ? null : recordedOf.get(member.unitId());
    if (recorded != null) {
      return rebuild(recorded, member);
    }
    List<AudienceMember> members =
        open.computeIfAbsent(member.purpose(), purpose -> new ArrayList<>(size));
    members.add(member);
    if (members.size() < size) {
      return List.of();
    }
    open.remove(member.purpose());
    return List.of(new PlannedBatch(++numbered, member.purpose(), members));
  }

  private List<PlannedBatch> rebuild(RecordedBatch batch, AudienceMember member) {
    if (published.contains(batch.number())) {
      return List.of();
    }
    List<AudienceMember> members = rebuilt.computeIfAbsent(batch.number(), n -> new ArrayList<>());
    members.add(
        new AudienceMember(member.unitId(), member.tenant(), member.path(), batch.purpose()));
    if (members.size() < batch.unitIds().size()) {
      return List.of();
    }
    rebuilt.remove(batch.number());
    return List.of(new PlannedBatch(batch.number(), batch.purpose(), members));
  }

  /**
   * The incomplete batches left at the end: rebuilt ones first (some of their units left the
   * audience), then new ones in purpose order.
   */
  public List<PlannedBatch> finish() {
    List<PlannedBatch> rest = new ArrayList<>();
    rebuilt.forEach(
        (number, members) -> rest.add(new PlannedBatch(number, members.get(0).purpose(), members)));
    rebuilt.clear();
    for (Map.Entry<Purpose, List<AudienceMember>> entry : open.entrySet()) {
      rest.add(new PlannedBatch(++numbered, entry.getKey(), entry.getValue()));
    }
    open.clear();
    return rest;
  }

  /** The highest batch number given so far (recorded ones included). */
  public int lastNumber() {
    return numbered;
  }
}
