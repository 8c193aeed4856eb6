package vn.chidao.directive.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.chidao.contracts.org.OrgUnitChanged;

/** The demo tree (identity's directory.json) as identity announces it. */
public final class DemoUnits {

  /** Older than anything a test sends, so seeding never overrides a test's own change. */
  private static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");

  public static final List<OrgUnitChanged> TREE =
      List.of(
          unit(
              "tw",
              null,
              "trung-uong",
              "/tw/",
              "CENTRAL_COMMITTEE",
              "Ban Chấp hành Trung ương Đảng",
              "TW"),
          unit(
              "dong-nai",
              "tw",
              "dong-nai",
              "/tw/dong-nai/",
              "PROVINCIAL_COMMITTEE",
              "Tỉnh ủy Đồng Nai",
              "TU"),
          unit(
              "dn-tranbien",
              "dong-nai",
              "dong-nai",
              "/tw/dong-nai/dn-tranbien/",
              "COMMUNE_COMMITTEE",
              "Đảng ủy phường Trấn Biên",
              "ĐU"),
          unit(
              "dn-tranbien-kp1",
              "dn-tranbien",
              "dong-nai",
              "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/",
              "GRASSROOTS_COMMITTEE",
              "Đảng bộ Khu phố 1",
              "ĐU"),
          unit(
              "dn-tranbien-kp1-cb1",
              "dn-tranbien-kp1",
              "dong-nai",
              "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/dn-tranbien-kp1-cb1/",
              "PARTY_CELL",
              "Chi bộ Tổ dân phố 1",
              "CB"),
          unit(
              "dn-tranbien-kp1-cb2",
              "dn-tranbien-kp1",
              "dong-nai",
              "/tw/dong-nai/dn-tranbien/dn-tranbien-kp1/dn-tranbien-kp1-cb2/",
              "PARTY_CELL",
              "Chi bộ Tổ dân phố 2",
              "CB"),
          unit(
              "dn-cqd",
              "dong-nai",
              "dong-nai",
              "/tw/dong-nai/dn-cqd/",
              "BLOC_COMMITTEE",
              "Đảng ủy các cơ quan Đảng tỉnh",
              "ĐUK"),
          unit(
              "dn-cqd-bao",
              "dn-cqd",
              "dong-nai",
              "/tw/dong-nai/dn-cqd/dn-cqd-bao/",
              "GRASSROOTS_COMMITTEE",
              "Đảng bộ Báo Đồng Nai",
              "ĐU"),
          unit(
              "dn-cqd-bao-cb1",
              "dn-cqd-bao",
              "dong-nai",
              "/tw/dong-nai/dn-cqd/dn-cqd-bao/dn-cqd-bao-cb1/",
              "PARTY_CELL",
              "Chi bộ Phòng Thời sự",
              "CB"),
          unit(
              "dn-xuanloc",
              "dong-nai",
              "dong-nai",
              "/tw/dong-nai/dn-xuanloc/",
              "COMMUNE_COMMITTEE",
              "Đảng ủy xã Xuân Lộc",
              "ĐU"),
          unit(
              "quang-ngai",
              "tw",
              "quang-ngai",
              "/tw/quang-ngai/",
              "PROVINCIAL_COMMITTEE",
              "Tỉnh ủy Quảng Ngãi",
              "TU"),
          unit(
              "qn-nghiahanh",
              "quang-ngai",
              "quang-ngai",
              "/tw/quang-ngai/qn-nghiahanh/",
              "COMMUNE_COMMITTEE",
              "Đảng ủy xã Nghĩa Hành",
              "ĐU"));

  private DemoUnits() {}

  private static OrgUnitChanged unit(
      String id,
      String parentId,
      String tenant,
      String path,
      String kind,
      String name,
      String abbr) {
    return new OrgUnitChanged(
        "seed-" + id, SEEDED_AT, tenant, id, parentId, path, kind, name, abbr, "ACTIVE");
  }

  /** A change of a fresh unit under Đồng Nai, for tests that must not disturb the demo tree. */
  public static OrgUnitChanged freshUnit(String name, Instant occurredAt, String status) {
    String id = "it-" + UUID.randomUUID();
    return new OrgUnitChanged(
        UUID.randomUUID().toString(),
        occurredAt,
        "dong-nai",
        id,
        "dong-nai",
        "/tw/dong-nai/" + id + "/",
        "COMMUNE_COMMITTEE",
        name,
        "ĐU",
        status);
  }
}
