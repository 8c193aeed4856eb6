package vn.chidao.identity.org.model;

import java.time.LocalDate;
import java.util.List;
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
    SPLIT
  }

  public ChangeSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(effective, "effective");
    closed = List.copyOf(closed);
    opened = List.copyOf(opened);
  }

  /** Ids of every unit the change set touches, each once, in order of first appearance. */
  public List<String> affectedUnitIds() {
    return Stream.concat(closed.stream(), opened.stream())
        .map(UnitVersion::unitId)
        .distinct()
        .toList();
  }
}
