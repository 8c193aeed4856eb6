package vn.chidao.identity.org.model;

import java.util.List;
import java.util.Objects;

/**
 * A node of the organisation tree (Tỉnh ủy, Đảng ủy xã, Chi bộ...). {@code path} is the
 * materialized path of ids from the root, so "is X inside Y's subtree" is a prefix test.
 *
 * @param tenant the province the unit belongs to ({@code trung-uong} for the centre)
 * @param parentId null only for the root
 * @param issuerAbbr abbreviation in document symbols (TU, ĐU, ĐUK, CB...)
 * @param successorIds for a closed unit, where it went (merge: one, split: several); else empty
 */
public record OrgUnit(
    String id,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    UnitStatus status,
    List<String> successorIds) {

  /** A unit without successors: active, or closed without going anywhere. */
  public OrgUnit(
      String id,
      String tenant,
      String parentId,
      String path,
      String kind,
      String name,
      String issuerAbbr,
      UnitStatus status) {
    this(id, tenant, parentId, path, kind, name, issuerAbbr, status, List.of());
  }

  public OrgUnit {
    successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
    requireText(id, "id");
    requireText(tenant, "tenant");
    requireText(kind, "kind");
    requireText(name, "name");
    Objects.requireNonNull(status, "status");
    String expected = parentId == null ? UnitPaths.root(id) : null;
    if (expected != null && !expected.equals(path)) {
      throw new IllegalArgumentException("root unit " + id + " must have path " + expected);
    }
    if (path == null || !path.endsWith("/" + id + "/")) {
      throw new IllegalArgumentException("path of unit " + id + " must end with /" + id + "/");
    }
  }

  /** True when {@code other} is this unit or lies below it. */
  public boolean contains(OrgUnit other) {
    return other.path().startsWith(path);
  }

  static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
