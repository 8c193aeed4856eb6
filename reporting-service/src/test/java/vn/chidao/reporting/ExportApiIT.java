package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.org.UnitCopies;

/**
 * Figures as CSV and XLSX and the consolidated report as DOCX over HTTP with real tokens: the files
 * say what the JSON endpoints say, are offered as downloads with a Vietnamese file name, and are
 * refused to the same callers with the same problems.
 */
class ExportApiIT extends RunningReportingService {

  @Autowired WebTestClient client;
  @Autowired UnitCopies units;
  @Autowired OpeningObligations opening;

  Fixtures f = new Fixtures();
  String directive = Fixtures.newId("d");

  @BeforeEach
  void twoReportsIn() {
    f.units().forEach(u -> units.apply(u).block());
    opening
        .onDelivered(f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.annual()))
        .block();
    submit(f.g(1, 1), "Đã xây dựng 12 mô hình “Dân vận khéo”.", 12, 85.5, true);
    submit(f.g(1, 2), "Tổ chức 3 cuộc đối thoại với Nhân dân.", 4, 70, false);
  }

  @Test
  void figuresAsCsvWithBomAndAVietnameseFileName() {
    var result =
        get("/api/reports/figures.csv?" + query(f.p), f.provincialLeader())
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("text/csv;charset=UTF-8")
            .expectBody()
            .returnResult();
    String disposition = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition)
        .startsWith("attachment; filename=\"Tien do Bao cao ket qua cong tac dan van nam")
        .contains("filename*=UTF-8''Ti%E1%BA%BFn%20%C4%91%E1%BB%99%20B%C3%A1o%20c%C3%A1o")
        .endsWith(".csv");
    byte[] body = result.getResponseBody();
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Tỉnh ủy thử nghiệm," + f.p + ",Toàn đơn vị (cả cấp dưới),3,2,2,0,1,")
        .contains("Đảng ủy xã số 1," + f.x1() + ",Đơn vị trực thuộc,2,2,2,0,0,")
        .contains("Đảng ủy xã số 2," + f.x2() + ",Đơn vị trực thuộc,1,0,0,0,1,")
        .contains("models,Số mô hình Dân vận khéo,mô hình,Tổng,16,2,");
  }

  @Test
  void figuresAsXlsxEqualTheFiguresApi() throws Exception {
    JsonNode api = json("/api/reports/figures?" + query(f.p));
    byte[] xlsx =
        get("/api/reports/figures.xlsx?" + query(f.p), f.provincialLeader())
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .expectHeader()
            .value(HttpHeaders.CONTENT_DISPOSITION, d -> assertThat(d).endsWith(".xlsx"))
            .expectBody()
            .returnResult()
            .getResponseBody();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet progress = book.getSheet("Tiến độ");
      Row province = progress.getRow(1);
      JsonNode c = api.path("completeness");
      String[] keys = {
        "expected",
        "submitted",
        "onTime",
        "late",
        "missing",
        "pending",
        "drafts",
        "awaitingReview",
        "returned",
        "accepted",
        "closed"
      };
      for (int i = 0; i < keys.length; i++) {
        assertThat(province.getCell(3 + i).getNumericCellValue())
            .as(keys[i])
            .isEqualTo(c.path(keys[i]).asDouble());
      }
      assertThat(progress.getLastRowNum()).isEqualTo(4); // the province, then its 3 children
      Sheet indicators = book.getSheet("Chỉ tiêu");
      for (int r = 1; r <= 3; r++) {
        JsonNode figure = api.path("indicators").get(r - 1);
        Row row = indicators.getRow(r);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(figure.path("code").asString());
        double value = figure.path("value").asDouble();
        boolean percent = row.getCell(4).getCellStyle().getDataFormatString().contains("%");
        assertThat(row.getCell(4).getNumericCellValue() * (percent ? 100 : 1))
            .isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
      }
      assertThat(indicators.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(16);
    }
  }

  @Test
  void theCommunesConsolidatedReportAsAnOfficialDocx() throws Exception {
    String commune = f.bearer("xa.baocao", f.x1(), "/tw/" + f.p + "/" + f.x1() + "/", "reporter");
    byte[] docx =
        get("/api/reports/consolidation.docx?" + query(f.x1()), commune)
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .expectHeader()
            .value(
                HttpHeaders.CONTENT_DISPOSITION,
                d -> assertThat(d).startsWith("attachment; filename=\"Bao cao ").endsWith(".docx"))
            .expectBody()
            .returnResult()
            .getResponseBody();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .containsSubsequence(
              "ĐẢNG BỘ TỈNH THỬ NGHIỆM",
              "ĐẢNG ỦY XÃ SỐ 1",
              "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Số      -BC/ĐU",
              "thử nghiệm, ngày      tháng      năm ",
              "BÁO CÁO",
              "kết quả công tác dân vận năm 2026",
              "I. KẾT QUẢ ĐẠT ĐƯỢC",
              "- Đảng bộ cơ sở 1.1: Đã xây dựng 12 mô hình “Dân vận khéo”.",
              "- Đảng bộ cơ sở 1.2: Tổ chức 3 cuộc đối thoại với Nhân dân.",
              "II. HẠN CHẾ, KHUYẾT ĐIỂM",
              "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
              "Số mô hình Dân vận khéo",
              "16",
              "Nơi nhận:",
              "- Tỉnh ủy thử nghiệm (b/c),",
              "- Ban Dân vận Tỉnh ủy (b/c),",
              "T/M BAN THƯỜNG VỤ");
    }
  }

  @Test
  void anotherProvinceGets404AndAUnitOutsideTheSubtree403AsProblems() {
    Fixtures other = new Fixtures();
    String stranger = other.bearer("nguoi.la", other.p, "/tw/" + other.p + "/", "member");
    for (String path : new String[] {"figures.csv", "figures.xlsx", "consolidation.docx"}) {
      problem(get("/api/reports/" + path + "?" + query(f.p), stranger), 404, "Không tìm thấy");
      String otherCommune = f.bearer("xa2", f.x2(), "/tw/" + f.p + "/" + f.x2() + "/", "reporter");
      problem(get("/api/reports/" + path + "?" + query(f.x1()), otherCommune), 403, "đơn vị");
    }
  }

  @Test
  void badQueryParametersAre400ProblemsInVietnamese() {
    for (String path : new String[] {"figures.csv", "figures.xlsx", "consolidation.docx"}) {
      problem(
          get(
              "/api/reports/" + path + "?directiveId=" + directive + "&requirementId=bc-nam",
              f.provincialLeader()),
          400,
          "");
      problem(
          get(
              "/api/reports/"
                  + path
                  + "?directiveId="
                  + directive
                  + "&requirementId=bc-nam&period=2026-M13",
              f.provincialLeader()),
          400,
          "Kỳ báo cáo \"2026-M13\" không hợp lệ");
      problem(
          get(
              "/api/reports/" + path + "?directiveId=&requirementId=bc-nam&period=2026-Y",
              f.provincialLeader()),
          400,
          "");
    }
  }

  private void problem(WebTestClient.ResponseSpec response, int status, String detail) {
    response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(
            String.class,
            d -> {
              assertThat(d).contains(detail);
              // Vietnamese, not the framework's English.
              assertThat(d)
                  .containsPattern(
                      "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]");
            });
  }

  private String query(String unitId) {
    return "directiveId=" + directive + "&requirementId=bc-nam&period=2026-Y&unitId=" + unitId;
  }

  private WebTestClient.ResponseSpec get(String uri, String bearer) {
    return client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
  }

  private JsonNode json(String uri) {
    byte[] body =
        get(uri, f.provincialLeader())
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
  }

  private void submit(String unit, String results, int models, double strong, boolean assigned) {
    client
        .post()
        .uri(
            "/api/reports/obligations/{id}/submit",
            ObligationDocument.id(directive, "bc-nam", "2026-Y", unit))
        .header(HttpHeaders.AUTHORIZATION, f.reporterOf(unit))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "sections",
                Map.of("I", results),
                "values",
                Map.of("models", models, "strong", strong, "assigned", assigned)))
        .exchange()
        .expectStatus()
        .isOk();
  }
}
