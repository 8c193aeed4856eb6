package vn.chidao.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.contracts.report.DueRule;
import vn.chidao.contracts.report.ReportIndicator;
import vn.chidao.contracts.report.ReportSection;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

/**
 * A small province per test (its own tenant, so tests sharing the database never see each other's
 * data): the provincial committee with its Mass-Mobilisation Commission, two communes, and
 * grassroots organisations below them.
 *
 * <pre>
 * /tw/{p}/                    PROVINCIAL_COMMITTEE
 * /tw/{p}/{p}-bdv/            COMMISSION (Ban Dân vận: reports pass through it)
 * /tw/{p}/{p}-x1/             COMMUNE_COMMITTEE
 * /tw/{p}/{p}-x1/{p}-x1-g1/   GRASSROOTS_COMMITTEE
 * /tw/{p}/{p}-x1/{p}-x1-g2/   GRASSROOTS_COMMITTEE
 * /tw/{p}/{p}-x2/             COMMUNE_COMMITTEE
 * /tw/{p}/{p}-x2/{p}-x2-g1/   GRASSROOTS_COMMITTEE
 * </pre>
 */
public final class Fixtures {

  public final String p;

  public Fixtures() {
    this.p = "p" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String bdv() {
    return p + "-bdv";
  }

  public String x1() {
    return p + "-x1";
  }

  public String x2() {
    return p + "-x2";
  }

  public String g(int commune, int n) {
    return p + "-x" + commune + "-g" + n;
  }

  public List<OrgUnitChanged> units() {
    List<OrgUnitChanged> units = new ArrayList<>();
    units.add(unit(p, "tw", "/tw/" + p + "/", "PROVINCIAL_COMMITTEE", "Tỉnh ủy thử nghiệm"));
    units.add(unit(bdv(), p, "/tw/" + p + "/" + bdv() + "/", "COMMISSION", "Ban Dân vận Tỉnh ủy"));
    for (int x = 1; x <= 2; x++) {
      String commune = p + "-x" + x;
      String path = "/tw/" + p + "/" + commune + "/";
      units.add(unit(commune, p, path, "COMMUNE_COMMITTEE", "Đảng ủy xã số " + x));
      for (int g = 1; g <= (x == 1 ? 2 : 1); g++) {
        units.add(
            unit(
                g(x, g),
                commune,
                path + g(x, g) + "/",
                "GRASSROOTS_COMMITTEE",
                "Đảng bộ cơ sở " + x + "." + g));
      }
    }
    return units;
  }

  public List<String> grassroots() {
    return List.of(g(1, 1), g(1, 2), g(2, 1));
  }

  OrgUnitChanged unit(String id, String parent, String path, String kind, String name) {
    return new OrgUnitChanged(
        UUID.randomUUID().toString(),
        Instant.parse("2025-07-01T00:00:00Z"),
        p,
        id,
        parent,
        path,
        kind,
        name,
        "ĐU",
        "ACTIVE");
  }

  /** A quarterly report with no due rule, sections or figures: periods only. */
  public ReportingRequirement quarterly() {
    return new ReportingRequirement(
        "bc-quy",
        "Báo cáo quý",
        "QUARTERLY",
        null,
        null,
        null,
        null,
        null,
        p,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  /** Annual report due before 15 December, of grassroots organisations, with three figures. */
  public ReportingRequirement annual() {
    return new ReportingRequirement(
        "bc-nam",
        "Báo cáo kết quả công tác dân vận năm",
        "ANNUAL",
        null,
        new DueRule("FIXED_DAY", 15, 0, null, null, null),
        null,
        null,
        null,
        p,
        bdv(),
        List.of("GRASSROOTS_COMMITTEE"),
        List.of(
            new ReportSection("I", "Kết quả đạt được"),
            new ReportSection("II", "Hạn chế, khuyết điểm"),
            new ReportSection("III", "Phương hướng, nhiệm vụ")),
        List.of(
            new ReportIndicator(
                "models", "Số mô hình Dân vận khéo", "mô hình", "COUNT", "SUM", null, null),
            new ReportIndicator(
                "strong",
                "Tỷ lệ đoàn thể vững mạnh",
                "%",
                "PERCENT",
                "AVERAGE",
                "GTE",
                BigDecimal.valueOf(80)),
            new ReportIndicator(
                "assigned",
                "Phân công cấp ủy viên phụ trách dân vận",
                null,
                "YES_NO",
                "SHARE_MEETING_TARGET",
                "EQ",
                BigDecimal.ONE)));
  }

  public DirectiveDelivered delivered(
      String directiveId,
      Instant at,
      String purpose,
      List<String> unitIds,
      ReportingRequirement requirement) {
    return new DirectiveDelivered(
        UUID.randomUUID().toString(),
        at.truncatedTo(ChronoUnit.MILLIS),
        p,
        directiveId,
        "TT",
        "07-TT/TU",
        "Về tăng cường công tác dân vận",
        p,
        "Tỉnh ủy thử nghiệm",
        "NORMAL",
        "NONE",
        purpose,
        null,
        1,
        1,
        unitIds,
        List.of(requirement));
  }

  public DirectiveRecalled recalled(String directiveId, List<String> unitIds) {
    return new DirectiveRecalled(
        UUID.randomUUID().toString(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        p,
        directiveId,
        "TT",
        "07-TT/TU",
        "Về tăng cường công tác dân vận",
        p,
        "Tỉnh ủy thử nghiệm",
        "NORMAL",
        "RECALLED",
        "Ban hành nhầm",
        null,
        null,
        1,
        1,
        unitIds);
  }

  public static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A bearer token of someone in {@code unitId} of this province. */
  public String bearer(String username, String unitId, String path, String... roles) {
    return "Bearer "
        + LocalJwtIssuer.shared().token(TokenSpec.of(username, unitId, path, p, roles));
  }

  public String reporterOf(String grassroots) {
    String commune = grassroots.substring(0, grassroots.lastIndexOf("-g"));
    return bearer(
        "baocao." + grassroots,
        grassroots,
        "/tw/" + p + "/" + commune + "/" + grassroots + "/",
        ChidaoRoles.REPORTER);
  }

  public String reviewerAtBdv() {
    return bearer("bdv.xemxet", bdv(), "/tw/" + p + "/" + bdv() + "/", ChidaoRoles.REVIEWER);
  }

  public String provincialLeader() {
    return bearer("tinhuy.lanhdao", p, "/tw/" + p + "/", ChidaoRoles.MEMBER);
  }
}
