package vn.chidao.identity.org.model;

import java.util.Map;

/** Vietnamese labels of the position codes used in memberships. */
public final class Positions {

  private static final Map<String, String> LABELS =
      Map.of(
          "BI_THU", "Bí thư",
          "PHO_BI_THU", "Phó Bí thư",
          "VAN_THU", "Văn thư",
          "QUAN_TRI", "Quản trị",
          "MEMBER", "Đảng viên");

  private Positions() {}

  /** True for a position code this version knows (and may be given to a new membership). */
  public static boolean known(String code) {
    return code != null && LABELS.containsKey(code);
  }

  /** Every known code. */
  public static java.util.Set<String> codes() {
    return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(LABELS.keySet()));
  }

  /** The label, or the code itself for a position this version does not know yet. */
  public static String label(String code) {
    return LABELS.getOrDefault(code, code);
  }
}
