package vn.chidao.directive.org;

/**
 * Reading a materialized path ({@code /tw/t01/t01-x0001/}): the directory guarantees that a unit's
 * path is its parent's path followed by its own id and a slash, and that exactly one unit — the
 * root of the whole tree — has a path of one segment.
 */
public final class UnitPaths {

  private UnitPaths() {}

  /** The id of the unit the path leads to: its last segment. */
  public static String idOf(String path) {
    int end = path.length() - 1;
    return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
  }

  /** Whether the path is the root's, under which every unit of the directory lies. */
  public static boolean isRoot(String path) {
    return path.indexOf('/', 1) == path.length() - 1;
  }
}
