package vn.chidao.directive.issue.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document a directive can be, by the abbreviation used in its symbol (Hướng dẫn
 * 36-HD/VPTW). The codes are Vietnamese and exact: {@code QĐ} (Quyết định) and {@code QĐi} (Quy
 * định) differ only by case-sensitive letters and both carry the letter Đ.
 */
public enum DocType {
  NQ("NQ", "Nghị quyết"),
  KL("KL", "Kết luận"),
  CT("CT", "Chỉ thị"),
  TT("TT", "Thông tri"),
  KH("KH", "Kế hoạch"),
  CTR("CTr", "Chương trình"),
  CV("CV", "Công văn"),
  HD("HD", "Hướng dẫn"),
  QC("QC", "Quy chế"),
  QD("QĐ", "Quyết định"),
  QDI("QĐi", "Quy định"),
  TB("TB", "Thông báo"),
  BC("BC", "Báo cáo");

  /** Every code, for the request's edge validation; a test keeps it equal to the constants. */
  public static final String CODE_PATTERN = "NQ|KL|CT|TT|KH|CTr|CV|HD|QC|QĐ|QĐi|TB|BC";

  private final String code;
  private final String label;

  DocType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<DocType> fromCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }

  /** For codes already validated at the edge or read back from storage. */
  public static DocType ofCode(String code) {
    return fromCode(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown document type: " + code));
  }
}
