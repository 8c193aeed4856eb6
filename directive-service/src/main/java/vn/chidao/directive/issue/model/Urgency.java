package vn.chidao.directive.issue.model;

/**
 * Độ khẩn: how fast recipients must act (Nghị định 30/2020: thường, khẩn, thượng khẩn, hỏa tốc).
 */
public enum Urgency {
  NORMAL,
  KHAN,
  THUONG_KHAN,
  HOA_TOC;

  /** Every name, for the request's edge validation; a test keeps it equal to the constants. */
  public static final String NAME_PATTERN = "NORMAL|KHAN|THUONG_KHAN|HOA_TOC";
}
