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
