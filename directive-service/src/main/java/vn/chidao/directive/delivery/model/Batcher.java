package vn.chidao.directive.delivery.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chidao.directive.issue.model.Purpose;

/**
 * Cuts a stream of audience members, in unit-id order, into batches of at most {@code size} units
 * of one purpose, as they come: a batch is complete as soon as its purpose has {@code size}
 * members, the rest at the end. Batches are numbered in the order they complete.
 *
 * <p>A resumed job passes the batches it had recorded: a member inside a recorded range of its
 * purpose goes back into that batch (re-emitted only if it was not published; an empty one is not
 * emitted), every other member into new batches numbered after the recorded ones. So a crash never
 * renumbers or splits a batch that consumers may have seen. Not thread-safe: one per run.
 */
public final class Batcher {

  private final int size;
  private final Map<Purpose, List<AudienceMember>> open = new EnumMap<>(Purpose.class);
  private final Map<Purpose, List<BatchRange>> recorded = new EnumMap<>(Purpose.class);
  private final Map<Purpose, Integer> cursor = new EnumMap<>(Purpose.class);
  private final Map<Integer, List<AudienceMember>> rebuilt = new java.util.HashMap<>();
  private final Set<Integer> published;
  private int numbered;

  public Batcher(int size) {
    this(size, List.of(), Set.of());
  }

  public Batcher(int size, List<BatchRange> recordedBatches, Set<Integer> published) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive");
    }
    this.size = size;
    this.published = Set.copyOf(published);
    for (BatchRange range : recordedBatches) {
      recorded.computeIfAbsent(range.purpose(), p -> new ArrayList<>()).add(range);
      numbered = Math.max(numbered, range.number());
    }
    recorded.values().forEach(ranges -> ranges.sort(Comparator.comparing(BatchRange::from)));
  }

  /** The batches this member completed, if any. */
  public List<PlannedBatch> add(AudienceMember member) {
    List<PlannedBatch> done = new ArrayList<>(1);
    BatchRange range = recordedRange(member, done);
    if (range != null) {
      if (!published.contains(range.number())) {
        rebuilt.computeIfAbsent(range.number(), n -> new ArrayList<>()).add(member);
      }
      return done;
    }
    List<AudienceMember> members =
        open.computeIfAbsent(member.purpose(), purpose -> new ArrayList<>(size));
    members.add(member);
    if (members.size() == size) {
      open.remove(member.purpose());
      done.add(new PlannedBatch(++numbered, member.purpose(), members));
    }
    return done;
  }

  /**
   * The recorded range of the member's purpose that holds it, or null; recorded batches the stream
   * has passed are added to {@code done}.
   */
  private BatchRange recordedRange(AudienceMember member, List<PlannedBatch> done) {
    List<BatchRange> ranges = recorded.get(member.purpose());
    if (ranges == null) {
      return null;
    }
    int at = cursor.getOrDefault(member.purpose(), 0);
    while (at < ranges.size() && ranges.get(at).to().compareTo(member.unitId()) < 0) {
      closeRebuilt(ranges.get(at), done);
      at++;
    }
    cursor.put(member.purpose(), at);
    return at < ranges.size() && ranges.get(at).holds(member.unitId()) ? ranges.get(at) : null;
  }

  private void closeRebuilt(BatchRange range, List<PlannedBatch> done) {
    List<AudienceMember> members = rebuilt.remove(range.number());
    if (members != null) {
      done.add(new PlannedBatch(range.number(), range.purpose(), members));
    }
  }

  /** The incomplete batches left at the end: rebuilt ones first, then new ones in purpose order. */
  public List<PlannedBatch> finish() {
    List<PlannedBatch> rest = new ArrayList<>();
    recorded.values().forEach(ranges -> ranges.forEach(range -> closeRebuilt(range, rest)));
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
