package vn.chidao.directive.issue.model;

/**
 * Why a unit is on the distribution list (Nơi nhận). When one unit is reached by several entries,
 * the strongest purpose wins, in the order declared here: a unit that must implement a directive
 * also has it for information.
 */
public enum Purpose {
  /** "để thực hiện": the unit must carry it out. */
  IMPLEMENT,
  /** "b/c" (báo cáo): sent up to a superior body for its knowledge. */
  REPORT_TO,
  /** "để biết", "để phối hợp": for information. */
  INFORMATION,
  /** "Lưu": the issuer's own archive copy. */
  ARCHIVE;

  public static final String NAME_PATTERN = "IMPLEMENT|REPORT_TO|INFORMATION|ARCHIVE";

  /** The stronger of two purposes (lower ordinal). */
  public Purpose strongest(Purpose other) {
    return other == null || ordinal() <= other.ordinal() ? this : other;
  }
}
