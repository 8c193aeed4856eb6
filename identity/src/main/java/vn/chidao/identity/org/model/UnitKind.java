package vn.chidao.identity.org.model;

import java.util.Arrays;
import java.util.Optional;

/** What sort of body a unit is; the codes are stored and travel in events, the labels are shown. */
public enum UnitKind {
  CENTRAL_COMMITTEE("Ban Chấp hành Trung ương"),
  PROVINCIAL_COMMITTEE("Tỉnh ủy, Thành ủy"),
  COMMUNE_COMMITTEE("Đảng ủy xã, phường"),
  BLOC_COMMITTEE("Đảng ủy khối"),
  GRASSROOTS_COMMITTEE("Đảng ủy, Đảng bộ cơ sở"),
  PARTY_CELL("Chi bộ"),
  COMMISSION("Ban, cơ quan tham mưu"),
  STATE_BODY("Cơ quan nhà nước"),
  MASS_ORGANISATION("Tổ chức chính trị - xã hội");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind with this code, or empty for a code this version does not know. */
  public static Optional<UnitKind> parse(String code) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
  }
}
