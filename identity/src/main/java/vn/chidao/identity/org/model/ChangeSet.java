package vn.chidao.identity.org.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything one operation does to the history, decided before anything is written: versions it
 * ends ({@code closed}, carrying their new {@code validTo} and successors) and versions it starts
 * ({@code opened}). Stored as one document first, then applied version by version; each write is
 * idempotent, so a change set interrupted half way is simply applied again (ADR 0004).
 */
public record ChangeSet(
    String id,
    Operation operation,
    LocalDate effective,
    List<UnitVersion> closed,
    List<UnitVersion> opened) {

  public enum Operation {
    CREATE,
    RENAME,
    MOVE,
    CLOSE,
    MERGE,
    SPLIT,
    /** A file of units created and changed at once (a province's tree, or the nation's). */
    IMPORT
  }

  public ChangeSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(effective, "effective");
    closed = List.copyOf(closed);
    opened = List.copyOf(opened);
  }

  /** How many version writes the change set makes (ends plus starts). */
  public int size() {
    return closed.size() + opened.size();
  }

  /**
   * Where the change set leaves each unit it touches, in {@link #affectedUnitIds()} order: the
   * version it starts (the latest if several), or for a unit it only ends, that ended version. Its
   * events and projection are made from these.
   */
  public List<UnitVersion> finalStates() {
    Map<String, UnitVersion> last = new LinkedHashMap<>();
    for (UnitVersion version : closed) {
      last.putIfAbsent(version.unitId(), version);
    }
    for (UnitVersion version : opened) {
      UnitVersion known = last.get(version.unitId());
      if (known == null || !known.isOpen() || known.seq() < version.seq()) {
        last.put(version.unitId(), version);
      }
    }
    return new ArrayList<>(last.values());
  }

  /** Ids of every unit the change set touches, each once, in order of first appearance. */
  public List<String> affectedUnitIds() {
    return Stream.concat(closed.stream(), opened.stream())
        .map(UnitVersion::unitId)
        .distinct()
        .toList();
  }
}
