package vn.chidao.identity.org.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The dated history of (part of) the tree, and the rules of changing it. Each operation checks the
 * request against the current versions and returns a {@link ChangeSet} without changing anything;
 * {@link #apply} records it. The history may hold only the units an operation needs (the unit, its
 * current subtree, the parents involved): the store loads those, so a move does not read the whole
 * country.
 *
 * <p>Changes are appended, never back-dated: an effective date before the current version of a
 * touched unit is refused, so what the history said about the past stays what it says.
 */
public final class OrgHistory {

  /** The tenant of the centre; a provincial committee under it founds a tenant of its own. */
  public static final String CENTRAL_TENANT = "trung-uong";

  private final Map<String, TreeMap<Integer, UnitVersion>> byUnit = new HashMap<>();
  private final Supplier<String> changeSetIds;

  public OrgHistory(Collection<UnitVersion> versions, Supplier<String> changeSetIds) {
    this.changeSetIds = changeSetIds;
    versions.forEach(this::put);
  }

  public static OrgHistory of(Collection<UnitVersion> versions) {
    return new OrgHistory(versions, () -> UUID.randomUUID().toString());
  }

  public void apply(ChangeSet changeSet) {
    changeSet.closed().forEach(this::put);
    changeSet.opened().forEach(this::put);
  }

  private void put(UnitVersion version) {
    byUnit.computeIfAbsent(version.unitId(), id -> new TreeMap<>()).put(version.seq(), version);
  }

  /** The unit's latest version if it is still open (the unit exists now). */
  public Optional<UnitVersion> current(String id) {
    TreeMap<Integer, UnitVersion> versions = byUnit.get(id);
    return versions == null
        ? Optional.empty()
        : Optional.of(versions.lastEntry().getValue()).filter(UnitVersion::isOpen);
  }

  public List<UnitVersion> versions(String id) {
    TreeMap<Integer, UnitVersion> versions = byUnit.get(id);
    return versions == null ? List.of() : List.copyOf(versions.values());
  }

  /** Every unit that exists now, ordered by path. */
  public List<UnitVersion> currentUnits() {
    return byUnit.keySet().stream()
        .map(this::current)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(UnitVersion::path))
        .toList();
  }

  /** The tree as it stood on {@code day}, ordered by path. */
  public List<OrgUnit> asOf(LocalDate day) {
    return byUnit.values().stream()
        .flatMap(versions -> versions.values().stream())
        .filter(version -> version.holdsOn(day))
        .sorted(Comparator.comparing(UnitVersion::path))
        .map(UnitVersion::toUnitActive)
        .toList();
  }

  public ChangeSet create(NewUnit unit, LocalDate day) {
    OrgUnit.requireText(unit.id(), "id");
    if (byUnit.containsKey(unit.id())) {
      throw OrgRuleViolation.conflict(
          "unit-exists", "Mã đơn vị \"" + unit.id() + "\" đã được dùng, kể cả trong lịch sử.");
    }
    requireKind(unit.kind());
    requireName(unit.name());
    String id = changeSetIds.get();
    if (unit.parentId() == null) {
      return new ChangeSet(
          id,
          ChangeSet.Operation.CREATE,
          day,
          List.of(),
          List.of(founded(unit, CENTRAL_TENANT, UnitPaths.root(unit.id()), day, id)));
    }
    UnitVersion parent = existing(unit.parentId());
    requireNotBefore(parent, day);
    return new ChangeSet(
        id,
        ChangeSet.Operation.CREATE,
        day,
        List.of(),
        List.of(founded(unit, tenantUnder(parent, unit.kind(), unit.id()), parent, day, id)));
  }

  public ChangeSet rename(String unitId, String name, String issuerAbbr, LocalDate day) {
    UnitVersion unit = existing(unitId);
    requireName(name);
    requireNotBefore(unit, day);
    String abbr = issuerAbbr == null ? unit.issuerAbbr() : issuerAbbr;
    String id = changeSetIds.get();
    return new ChangeSet(
        id,
        ChangeSet.Operation.RENAME,
        day,
        List.of(unit.closedOn(day, List.of())),
        List.of(unit.next(unit.tenant(), unit.parentId(), unit.path(), name, abbr, day, id)));
  }

  /** Re-parents the unit with its whole current subtree; every descendant gets a new version. */
  public ChangeSet move(String unitId, String newParentId, LocalDate day) {
    UnitVersion unit = existing(unitId);
    UnitVersion parent = existing(newParentId);
    if (parent.path().startsWith(unit.path())) {
      throw OrgRuleViolation.invalid(
          "move-into-own-subtree",
          "Không thể chuyển đơn vị \"" + unitId + "\" vào chính nó hoặc đơn vị cấp dưới của nó.");
    }
    if (newParentId.equals(unit.parentId())) {
      throw OrgRuleViolation.invalid(
          "move-to-same-parent",
          "Đơn vị \"" + unitId + "\" đã trực thuộc \"" + newParentId + "\".");
    }
    requireNotBefore(parent, day);
    String id = changeSetIds.get();
    List<UnitVersion> closed = new ArrayList<>();
    List<UnitVersion> opened = new ArrayList<>();
    reparent(
        unit, parent, tenantUnder(parent, unit.kind(), unit.tenant()), day, id, closed, opened);
    return new ChangeSet(id, ChangeSet.Operation.MOVE, day, closed, opened);
  }

  /** Ends a unit that has no current subordinates (move or close those first). */
  public ChangeSet close(String unitId, LocalDate day) {
    UnitVersion unit = existing(unitId);
    if (!childrenOf(unitId).isEmpty()) {
      throw OrgRuleViolation.conflict(
          "unit-has-children",
          "Đơn vị \""
              + unitId
              + "\" còn đơn vị trực thuộc; hãy chuyển hoặc giải thể chúng trước, hoặc dùng hợp nhất.");
    }
    requireNotBefore(unit, day);
    return new ChangeSet(
        changeSetIds.get(),
        ChangeSet.Operation.CLOSE,
        day,
        List.of(unit.closedOn(day, List.of())),
        List.of());
  }

  /**
   * Merges units into an existing successor: the sources' subordinates move under it, the sources
   * end with a link to it. Merging into a new unit is a create followed by a merge.
   */
  public ChangeSet merge(List<String> sourceIds, String successorId, LocalDate day) {
    if (sourceIds == null || sourceIds.isEmpty()) {
      throw OrgRuleViolation.invalid(
          "merge-without-sources", "Cần ít nhất một đơn vị để hợp nhất.");
    }
    if (new HashSet<>(sourceIds).size() != sourceIds.size()) {
      throw OrgRuleViolation.invalid(
          "merge-duplicate-source", "Danh sách đơn vị hợp nhất có mã bị lặp lại.");
    }
    UnitVersion successor = existing(successorId);
    List<UnitVersion> sources = sourceIds.stream().map(this::existing).toList();
    for (UnitVersion source : sources) {
      if (successor.path().startsWith(source.path())) {
        throw OrgRuleViolation.invalid(
            "merge-into-own-subtree",
            "Không thể hợp nhất \""
                + source.unitId()
                + "\" vào chính nó hoặc đơn vị cấp dưới của nó.");
      }
      for (UnitVersion other : sources) {
        if (other != source && other.path().startsWith(source.path())) {
          throw OrgRuleViolation.invalid(
              "merge-nested-sources",
              "\""
                  + other.unitId()
                  + "\" trực thuộc \""
                  + source.unitId()
                  + "\"; chọn một trong hai.");
        }
      }
      requireNotBefore(source, day);
    }
    requireNotBefore(successor, day);
    String id = changeSetIds.get();
    List<UnitVersion> closed = new ArrayList<>();
    List<UnitVersion> opened = new ArrayList<>();
    for (UnitVersion source : sources) {
      for (UnitVersion child : childrenOf(source.unitId())) {
        reparent(
            child,
            successor,
            tenantUnder(successor, child.kind(), child.tenant()),
            day,
            id,
            closed,
            opened);
      }
      closed.add(source.closedOn(day, List.of(successorId)));
    }
    return new ChangeSet(id, ChangeSet.Operation.MERGE, day, closed, opened);
  }

  /**
   * Splits a unit into new units (by default siblings of it); each current subordinate goes to the
   * part {@code assignment} names, none may be left out. The unit ends with links to every part.
   */
  public ChangeSet split(
      String unitId, List<NewUnit> parts, Map<String, String> assignment, LocalDate day) {
    UnitVersion unit = existing(unitId);
    if (parts == null || parts.size() < 2) {
      throw OrgRuleViolation.invalid("split-needs-parts", "Chia tách cần ít nhất hai đơn vị mới.");
    }
    requireNotBefore(unit, day);
    String id = changeSetIds.get();
    // The parts must exist before subordinates can move under them: found them in a copy.
    OrgHistory scratch = new OrgHistory(List.of(), () -> id);
    byUnit.forEach((unitKey, versions) -> scratch.byUnit.put(unitKey, new TreeMap<>(versions)));
    List<UnitVersion> opened = new ArrayList<>();
    List<String> partIds = new ArrayList<>();
    for (NewUnit part : parts) {
      NewUnit placed =
          part.parentId() == null
              ? new NewUnit(part.id(), unit.parentId(), part.kind(), part.name(), part.issuerAbbr())
              : part;
      if (placed.parentId() == null || placed.parentId().equals(unitId)) {
        throw OrgRuleViolation.invalid(
            "split-part-parent", "Đơn vị mới \"" + part.id() + "\" cần một đơn vị cấp trên khác.");
      }
      ChangeSet founding = scratch.create(placed, day);
      scratch.apply(founding);
      opened.addAll(founding.opened());
      partIds.add(placed.id());
    }
    Map<String, String> assigned = assignment == null ? Map.of() : assignment;
    List<UnitVersion> closed = new ArrayList<>();
    for (UnitVersion child : childrenOf(unitId)) {
      String partId = assigned.get(child.unitId());
      if (partId == null || !partIds.contains(partId)) {
        throw OrgRuleViolation.invalid(
            "split-child-unassigned",
            "Đơn vị trực thuộc \"" + child.unitId() + "\" chưa được giao cho đơn vị mới nào.");
      }
      UnitVersion part = scratch.current(partId).orElseThrow();
      scratch.reparent(child, part, part.tenant(), day, id, closed, opened);
    }
    closed.add(unit.closedOn(day, partIds));
    return new ChangeSet(id, ChangeSet.Operation.SPLIT, day, closed, opened);
  }

  /** Current direct subordinates of a unit, ordered by id. */
  public List<UnitVersion> childrenOf(String unitId) {
    return byUnit.keySet().stream()
        .map(this::current)
        .flatMap(Optional::stream)
        .filter(version -> unitId.equals(version.parentId()))
        .sorted(Comparator.comparing(UnitVersion::unitId))
        .toList();
  }

  /** Current versions of the unit and everything below it, ordered by path. */
  public List<UnitVersion> subtreeOf(UnitVersion root) {
    return currentUnits().stream()
        .filter(version -> version.path().startsWith(root.path()))
        .toList();
  }

  private void reparent(
      UnitVersion root,
      UnitVersion newParent,
      String tenant,
      LocalDate day,
      String changeSetId,
      List<UnitVersion> closed,
      List<UnitVersion> opened) {
    String oldPrefix = root.path();
    String newPrefix = UnitPaths.child(newParent.path(), root.unitId());
    for (UnitVersion version : subtreeOf(root)) {
      requireNotBefore(version, day);
      String parentId =
          version.unitId().equals(root.unitId()) ? newParent.unitId() : version.parentId();
      String path = newPrefix + version.path().substring(oldPrefix.length());
      closed.add(version.closedOn(day, List.of()));
      opened.add(
          version.next(
              tenant, parentId, path, version.name(), version.issuerAbbr(), day, changeSetId));
    }
  }

  private UnitVersion founded(
      NewUnit unit, String tenant, UnitVersion parent, LocalDate day, String changeSetId) {
    return founded(unit, tenant, UnitPaths.child(parent.path(), unit.id()), day, changeSetId);
  }

  private static UnitVersion founded(
      NewUnit unit, String tenant, String path, LocalDate day, String changeSetId) {
    return new UnitVersion(
        unit.id(),
        1,
        tenant,
        unit.parentId(),
        path,
        unit.kind(),
        unit.name(),
        unit.issuerAbbr(),
        day,
        null,
        List.of(),
        changeSetId);
  }

  /** A provincial committee is its own tenant; every other unit belongs to its parent's. */
  private static String tenantUnder(UnitVersion parent, String kind, String ownTenant) {
    return UnitKind.PROVINCIAL_COMMITTEE.name().equals(kind) ? ownTenant : parent.tenant();
  }

  private UnitVersion existing(String unitId) {
    return current(unitId)
        .orElseThrow(
            () ->
                OrgRuleViolation.invalid(
                    "unit-not-current",
                    "Đơn vị \"" + unitId + "\" không tồn tại hoặc đã giải thể."));
  }

  private static void requireNotBefore(UnitVersion version, LocalDate day) {
    if (day.isBefore(version.validFrom())) {
      throw OrgRuleViolation.conflict(
          "effective-date-too-early",
          "Ngày hiệu lực "
              + day
              + " sớm hơn lần thay đổi gần nhất của đơn vị \""
              + version.unitId()
              + "\" ("
              + version.validFrom()
              + "); lịch sử không được sửa lùi.");
    }
  }

  private static void requireKind(String kind) {
    if (UnitKind.parse(kind).isEmpty()) {
      throw OrgRuleViolation.invalid("unknown-kind", "Loại đơn vị \"" + kind + "\" không hợp lệ.");
    }
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw OrgRuleViolation.invalid("name-required", "Tên đơn vị không được để trống.");
    }
  }
}
