package vn.chidao.directive.delivery.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.chidao.directive.issue.model.Purpose;

/**
 * Cuts a stream of audience members into batches of at most {@code size} units of one purpose, as
 * they come: a batch is complete as soon as its purpose has {@code size} members, the rest at the
 * end. Batches are numbered from 1 in the order they complete. Not thread-safe: one per delivery.
 */
public final class Batcher {

  private final int size;
  private final Map<Purpose, List<AudienceMember>> open = new EnumMap<>(Purpose.class);
  private int numbered;

  public Batcher(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive");
    }
    this.size = size;
  }

  /** The batch this member completed, if any. */
  public List<PlannedBatch> add(AudienceMember member) {
    List<AudienceMember> members =
        open.computeIfAbsent(member.purpose(), purpose -> new ArrayList<>(size));
    members.add(member);
    if (members.size() < size) {
      return List.of();
    }
    open.remove(member.purpose());
    return List.of(new PlannedBatch(++numbered, member.purpose(), members));
  }

  /** The incomplete batches left at the end, in purpose order. */
  public List<PlannedBatch> finish() {
    List<PlannedBatch> rest = new ArrayList<>();
    for (Map.Entry<Purpose, List<AudienceMember>> entry : open.entrySet()) {
      rest.add(new PlannedBatch(++numbered, entry.getKey(), entry.getValue()));
    }
    open.clear();
    return rest;
  }
}
