package vn.chidao.notification.alert.model;

import java.util.Locale;
import java.util.Map;

/**
 * Vietnamese names of directive types. Events may carry the Party abbreviation ({@code CV}) or an
 * enum-style code ({@code CONG_VAN}); both are understood, anything else is shown as given.
 */
public final class DocumentTypes {

  private static final Map<String, String> BY_ABBREVIATION =
      Map.ofEntries(
          Map.entry("NQ", "Nghị quyết"),
          Map.entry("KL", "Kết luận"),
          Map.entry("CT", "Chỉ thị"),
          Map.entry("TT", "Thông tri"),
          Map.entry("KH", "Kế hoạch"),
          Map.entry("CTR", "Chương trình"),
          Map.entry("CV", "Công văn"),
          Map.entry("HD", "Hướng dẫn"),
          Map.entry("QC", "Quy chế"),
          Map.entry("QĐ", "Quyết định"),
          Map.entry("QĐI", "Quy định"),
          Map.entry("TB", "Thông báo"),
          Map.entry("BC", "Báo cáo"));

  private static final Map<String, String> BY_CODE =
      Map.ofEntries(
          Map.entry("NGHI_QUYET", "Nghị quyết"),
          Map.entry("KET_LUAN", "Kết luận"),
          Map.entry("CHI_THI", "Chỉ thị"),
          Map.entry("THONG_TRI", "Thông tri"),
          Map.entry("KE_HOACH", "Kế hoạch"),
          Map.entry("CHUONG_TRINH", "Chương trình"),
          Map.entry("CONG_VAN", "Công văn"),
          Map.entry("HUONG_DAN", "Hướng dẫn"),
          Map.entry("QUY_CHE", "Quy chế"),
          Map.entry("QUYET_DINH", "Quyết định"),
          Map.entry("QUY_DINH", "Quy định"),
          Map.entry("THONG_BAO", "Thông báo"),
          Map.entry("BAO_CAO", "Báo cáo"));

  private DocumentTypes() {}

  public static String nameOf(String docType) {
    if (docType == null || docType.isBlank()) {
      return "Văn bản";
    }
    String key = docType.trim().toUpperCase(Locale.ROOT);
    String name = BY_ABBREVIATION.get(key);
    if (name == null) {
      name = BY_CODE.get(key);
    }
    return name != null ? name : docType.trim();
  }
}
