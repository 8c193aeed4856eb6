package vn.chidao.directive.issue.model;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A slice of the demo organisation tree (identity's directory.json) as the model sees it. */
final class DemoTree {

  static final Unit TW = unit("tw", "trung-uong", "/tw/", "Ban Chấp hành Trung ương Đảng");
  static final Unit DONG_NAI = unit("dong-nai", "dong-nai", "/tw/dong-nai/", "Tỉnh ủy Đồng Nai");
  static final Unit TRAN_BIEN =
      unit("dn-tranbien", "dong-nai", "/tw/dong-nai/dn-tranbien/", "Đảng ủy phường Trấn Biên");
  static final Unit KP1 =
      unit(
          "dn-tranbien-kp1",
          "dong-nai",
          "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/",
          "Đảng bộ Khu phố 1");
  static final Unit XUAN_LOC =
      unit("dn-xuanloc", "dong-nai", "/tw/dong-nai/dn-xuanloc/", "Đảng ủy xã Xuân Lộc");
  static final Unit QUANG_NGAI =
      unit("quang-ngai", "quang-ngai", "/tw/quang-ngai/", "Tỉnh ủy Quảng Ngãi");
  static final Unit NGHIA_HANH =
      unit("qn-nghiahanh", "quang-ngai", "/tw/quang-ngai/qn-nghiahanh/", "Đảng ủy xã Nghĩa Hành");

  static final Caller TINH_UY_VAN_THU =
      new Caller("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", false);
  static final Caller TRAN_BIEN_VAN_THU =
      new Caller("tranbien.vanthu", "dn-tranbien", "/tw/dong-nai/dn-tranbien/", "dong-nai", false);
  static final Caller XUAN_LOC_VAN_THU =
      new Caller("xuanloc.vanthu", "dn-xuanloc", "/tw/dong-nai/dn-xuanloc/", "dong-nai", false);
  static final Caller QUANG_NGAI_VAN_THU =
      new Caller("quangngai.vanthu", "quang-ngai", "/tw/quang-ngai/", "quang-ngai", false);
  static final Caller TRUNG_UONG_QUAN_TRI =
      new Caller("trunguong.quantri", "tw", "/tw/", "trung-uong", true);

  private DemoTree() {}

  static Unit unit(String id, String tenant, String path, String name) {
    return new Unit(id, tenant, path, name, true);
  }

  static Unit closed(Unit unit) {
    return new Unit(unit.id(), unit.tenant(), unit.path(), unit.name(), false);
  }

  static Map<String, Unit> known(Unit... units) {
    return Arrays.stream(units).collect(Collectors.toMap(Unit::id, Function.identity()));
  }

  static Map<String, Unit> wholeTree() {
    return known(TW, DONG_NAI, TRAN_BIEN, KP1, XUAN_LOC, QUANG_NGAI, NGHIA_HANH);
  }
}
