package vn.chidao.identity.org.model;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Materialized paths: {@code '/' + the ids from the root to the unit joined by '/' + '/'}, e.g.
 * {@code /tw/dong-nai/dn-tranbien/}. The trailing slash keeps prefix tests exact: {@code
 * /tw/dong-nai/} is not a prefix of {@code /tw/dong-nai-2/}.
 */
public final class UnitPaths {

  private UnitPaths() {}

  public static String root(String id) {
    return "/" + id + "/";
  }

  public static String child(String parentPath, String id) {
    return parentPath + id + "/";
  }

  /**
   * Paths of every unit of a tree given as {@code id → parentId} (null parent for a root).
   *
   * @throws IllegalArgumentException when a parent is unknown or the parents form a cycle
   */
  public static Map<String, String> of(Map<String, String> parentById) {
    Map<String, String> paths = new HashMap<>();
    for (String id : parentById.keySet()) {
      pathOf(id, parentById, paths, new LinkedHashSet<>());
    }
    return paths;
  }

  private static String pathOf(
      String id, Map<String, String> parentById, Map<String, String> paths, Set<String> visiting) {
    String known = paths.get(id);
    if (known != null) {
      return known;
    }
    if (!visiting.add(id)) {
      throw new IllegalArgumentException("units form a cycle: " + String.join(" → ", visiting));
    }
    String parentId = parentById.get(id);
    String path;
    if (parentId == null) {
      path = root(id);
    } else {
      if (!parentById.containsKey(parentId)) {
        throw new IllegalArgumentException("unit " + id + " has unknown parent " + parentId);
      }
      path = child(pathOf(parentId, parentById, paths, visiting), id);
    }
    paths.put(id, path);
    return path;
  }
}
