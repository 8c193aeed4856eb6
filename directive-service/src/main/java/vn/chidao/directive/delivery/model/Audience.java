package vn.chidao.directive.delivery.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.directive.issue.model.Purpose;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Unit;

/**
 * The resolved audience of a directive: every unit its distribution list reaches, once, with the
 * strongest purpose of the entries that reach it. Ordered by purpose, then by path, so a batch
 * holds neighbouring units of one purpose and the same list always gives the same batches.
 */
public final class Audience {

  private final List<AudienceMember> members;

  private Audience(List<AudienceMember> members) {
    this.members = List.copyOf(members);
  }

  /**
   * @param entries the distribution list with the unit each entry names
   * @param candidates open units any entry may reach (the named units and their subtrees' units,
   *     possibly with repeats and units no entry reaches)
   */
  public static Audience resolve(
      Map<Recipient, Unit> entries, Collection<CandidateUnit> candidates) {
    Map<String, AudienceMember> byId = new HashMap<>();
    for (CandidateUnit unit : candidates) {
      AudienceMember member = memberOf(entries, unit);
      if (member != null) {
        byId.putIfAbsent(unit.id(), member);
      }
    }
    List<AudienceMember> ordered = new ArrayList<>(byId.values());
    ordered.sort(
        Comparator.comparing((AudienceMember member) -> member.purpose().ordinal())
            .thenComparing(AudienceMember::path));
    return new Audience(ordered);
  }

  /**
   * The unit as a member of the audience, with the strongest purpose of the entries that reach it,
   * or null when no entry does. Deciding unit by unit lets a delivery stream the read copy.
   */
  public static AudienceMember memberOf(Map<Recipient, Unit> entries, CandidateUnit unit) {
    Purpose strongest = null;
    for (Map.Entry<Recipient, Unit> entry : entries.entrySet()) {
      if (entry.getKey().reaches(entry.getValue(), unit.path(), unit.kind())) {
        strongest = entry.getKey().purpose().strongest(strongest);
      }
    }
    return strongest == null
        ? null
        : new AudienceMember(unit.id(), unit.tenant(), unit.path(), strongest);
  }

  public static Audience of(List<AudienceMember> members) {
    return new Audience(members);
  }

  public List<AudienceMember> members() {
    return members;
  }

  public int size() {
    return members.size();
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** Batches of at most {@code batchSize} units, each of one purpose, numbered from 1. */
  public List<PlannedBatch> batches(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    List<PlannedBatch> batches = new ArrayList<>();
    int from = 0;
    while (from < members.size()) {
      Purpose purpose = members.get(from).purpose();
      int to = from;
      while (to < members.size() && to - from < batchSize && members.get(to).purpose() == purpose) {
        to++;
      }
      batches.add(new PlannedBatch(batches.size() + 1, purpose, members.subList(from, to)));
      from = to;
    }
    return batches;
  }
}
