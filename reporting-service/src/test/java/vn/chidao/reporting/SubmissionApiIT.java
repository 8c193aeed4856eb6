package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import vn.chidao.contracts.Destinations;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.org.UnitCopies;

/**
 * The submission API end to end over HTTP with real tokens: draft, submit, return, resubmit,
 * accept; bad values and forbidden callers refused with Vietnamese problems and nothing changed;
 * completeness and roll-ups of the province follow every step.
 */
class SubmissionApiIT extends RunningReportingService {

  @Autowired WebTestClient client;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ConnectionFactory rabbit;
  @Autowired UnitCopies units;
  @Autowired OpeningObligations opening;
  @Autowired TestClock clock;

  Fixtures f = new Fixtures();
  String directive = Fixtures.newId("d");

  @BeforeEach
  void obligations() {
    f.units().forEach(u -> units.apply(u).block());
    opening
        .onDelivered(f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.annual()))
        .block();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  String obligation(String unit) {
    return ObligationDocument.id(directive, "bc-nam", "2026-Y", unit);
  }

  static Map<String, Object> report(Object models, Object strong, Object assigned) {
    return Map.of(
        "sections",
        Map.of("I", "Đã xây dựng 12 mô hình Dân vận khéo.", "II", "Còn chậm ở một số chi bộ."),
        "values",
        Map.of("models", models, "strong", strong, "assigned", assigned));
  }

  @Test
  void aUnitListsItsOwnObligationsWithTheirDueDates() {
    client
        .get()
        .uri("/api/reports/obligations?size=10")
        .header(HttpHeaders.AUTHORIZATION, f.reporterOf(f.g(1, 1)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].id")
        .isEqualTo(obligation(f.g(1, 1)))
        .jsonPath("$.items[0].periodLabel")
        .isEqualTo("năm 2026")
        .jsonPath("$.items[0].dueDate")
        .isEqualTo("2026-12-15")
        .jsonPath("$.items[0].dueAt")
        .isEqualTo("2026-12-14T17:00:00Z")
        .jsonPath("$.items[0].state")
        .isEqualTo("PENDING");
  }

  @Test
  void draftSubmitReturnResubmitAcceptWithFiguresFollowingEveryStep() {
    String id = obligation(f.g(1, 1));
    String reporter = f.reporterOf(f.g(1, 1));

    put(id + "/draft", reporter, Map.of("sections", Map.of("I", "Bản nháp")))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.state")
        .isEqualTo("DRAFT");
    assertThat(provinceFigures().path("completeness").path("drafts").asLong()).isEqualTo(1);

    post(id + "/submit", reporter, report(12, 85.5, true))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.state")
        .isEqualTo("SUBMITTED")
        .jsonPath("$.late")
        .isEqualTo(false)
        .jsonPath("$.submissions")
        .isEqualTo(1);
    JsonNode figures = provinceFigures();
    assertThat(figures.path("completeness").path("expected").asLong()).isEqualTo(3);
    assertThat(figures.path("completeness").path("submitted").asLong()).isEqualTo(1);
    assertThat(figures.path("completeness").path("onTime").asLong()).isEqualTo(1);
    assertThat(figures.path("completeness").path("missing").asLong()).isEqualTo(2);
    assertThat(indicator(figures, "models").path("value").asDouble()).isEqualTo(12);

    post(id + "/return", f.reviewerAtBdv(), Map.of("comment", "Bổ sung số liệu mục II."))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.state")
        .isEqualTo("RETURNED")
        .jsonPath("$.reviewComment")
        .isEqualTo("Bổ sung số liệu mục II.");
    figures = provinceFigures();
    assertThat(figures.path("completeness").path("returned").asLong()).isEqualTo(1);
    assertThat(figures.path("completeness").path("submitted").asLong()).isEqualTo(1);
    assertThat(indicator(figures, "models").path("unitsReporting").asLong()).isZero();

    post(id + "/submit", reporter, report(14, 90, true))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.submissions")
        .isEqualTo(2);
    post(id + "/accept", f.reviewerAtBdv(), null)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.state")
        .isEqualTo("ACCEPTED");
    figures = provinceFigures();
    assertThat(figures.path("completeness").path("accepted").asLong()).isEqualTo(1);
    assertThat(figures.path("completeness").path("returned").asLong()).isZero();
    assertThat(figures.path("completeness").path("submitted").asLong()).isEqualTo(1);
    assertThat(indicator(figures, "models").path("value").asDouble()).isEqualTo(14);

    client
        .get()
        .uri("/api/reports/obligations/" + id + "/versions")
        .header(HttpHeaders.AUTHORIZATION, reporter)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2)
        .jsonPath("$[0].values.models")
        .isEqualTo(12)
        .jsonPath("$[1].values.models")
        .isEqualTo(14);

    List<JsonNode> submitted =
        await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(
                () -> PublishedEvents.ofDirective(rabbit, Destinations.REPORT_SUBMITTED, directive),
                events -> events.size() == 2);
    assertThat(submitted).extracting(e -> e.path("version").asInt()).containsExactly(1, 2);
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(
            () -> PublishedEvents.ofDirective(rabbit, Destinations.REPORT_RETURNED, directive),
            events ->
                events.size() == 1
                    && events.get(0).path("comment").asString().equals("Bổ sung số liệu mục II."));
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(
            () -> PublishedEvents.ofDirective(rabbit, Destinations.REPORT_ACCEPTED, directive),
            events -> events.size() == 1);
  }

  @Test
  void noSubmissionAfterAcceptance() {
    String id = obligation(f.g(1, 2));
    String reporter = f.reporterOf(f.g(1, 2));
    post(id + "/submit", reporter, report(1, 50, false)).expectStatus().isOk();
    post(id + "/accept", f.reviewerAtBdv(), null).expectStatus().isOk();
    long revision = stored(id).revision();

    post(id + "/submit", reporter, report(2, 60, true))
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/already-accepted")
        .jsonPath("$.detail")
        .isEqualTo("Báo cáo đã được tiếp nhận; không thể sửa hay gửi lại.");
    assertThat(stored(id).revision()).isEqualTo(revision);
    assertThat(stored(id).submittedValues().get("models")).isEqualByComparingTo("1");
  }

  @Test
  void badValuesAreRefusedInVietnameseAndChangeNothing() {
    String id = obligation(f.g(2, 1));
    String reporter = f.reporterOf(f.g(2, 1));
    refused(post(id + "/submit", reporter, report(-1, 50, true)), "values.models", "không được âm");
    refused(
        post(id + "/submit", reporter, report(3, 120, true)),
        "values.strong",
        "không được lớn hơn 100");
    refused(
        post(id + "/submit", reporter, report("nhiều", 50, true)),
        "values.models",
        "phải là một số");
    refused(
        post(id + "/submit", reporter, report(3, 50, "có")),
        "values.assigned",
        "có (true) hoặc không");
    refused(
        put(id + "/draft", reporter, Map.of("values", Map.of("khac", 1))),
        "values.khac",
        "không có chỉ tiêu");
    refused(
        put(id + "/draft", reporter, Map.of("sections", Map.of("IX", "?"))),
        "sections.IX",
        "không có mục");

    ObligationDocument unchanged = stored(id);
    assertThat(unchanged.state()).isEqualTo("PENDING");
    assertThat(unchanged.revision()).isZero();
    assertThat(unchanged.submissions()).isZero();
  }

  @Test
  void nobodyReportsForAnotherUnitOrProvinceOrReviewsWithoutBeingTheReceivingUnit() {
    String id = obligation(f.g(1, 1));
    post(id + "/submit", f.reporterOf(f.g(1, 2)), report(1, 50, true))
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/not-your-unit");

    Fixtures otherProvince = new Fixtures();
    String stranger =
        otherProvince.bearer(
            "nguoi.la", f.g(1, 1), "/tw/" + otherProvince.p + "/x/" + f.g(1, 1) + "/", "reporter");
    post(id + "/submit", stranger, report(1, 50, true)).expectStatus().isNotFound();

    post(id + "/submit", f.reporterOf(f.g(1, 1)), report(1, 50, true)).expectStatus().isOk();
    post(id + "/accept", f.reporterOf(f.g(1, 1)), null)
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/not-the-receiving-unit");
    assertThat(stored(id).state()).isEqualTo("SUBMITTED");
  }

  @Test
  void aSubmissionAfterTheStartOfTheDueDayInVietnamIsLate() {
    String id = obligation(f.g(2, 1));
    // Ten minutes past midnight on 15 December in Vietnam, still 14 December in UTC.
    clock.shift(Duration.between(Instant.now(), Instant.parse("2026-12-14T17:10:00Z")));
    post(id + "/submit", f.reporterOf(f.g(2, 1)), report(1, 50, true))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.late")
        .isEqualTo(true);
    JsonNode commune = figures(f.x2());
    assertThat(commune.path("completeness").path("late").asLong()).isEqualTo(1);
    assertThat(commune.path("completeness").path("onTime").asLong()).isZero();
  }

  @Test
  void theProvinceDrillsDownToItsCommunes() {
    post(obligation(f.g(1, 1)) + "/submit", f.reporterOf(f.g(1, 1)), report(1, 50, true))
        .expectStatus()
        .isOk();
    client
        .get()
        .uri(
            "/api/reports/figures/children?directiveId={d}&requirementId=bc-nam&period=2026-Y&unitId={p}",
            directive,
            f.p)
        .header(HttpHeaders.AUTHORIZATION, f.provincialLeader())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(3)
        .jsonPath("$.items[?(@.unitId=='" + f.x1() + "')].completeness.expected")
        .isEqualTo(2)
        .jsonPath("$.items[?(@.unitId=='" + f.x1() + "')].completeness.submitted")
        .isEqualTo(1)
        .jsonPath("$.items[?(@.unitId=='" + f.x2() + "')].completeness.missing")
        .isEqualTo(1);
  }

  @Test
  void aCommuneCannotSeeTheProvincesFigures() {
    client
        .get()
        .uri(
            "/api/reports/figures?directiveId={d}&requirementId=bc-nam&period=2026-Y&unitId={p}",
            directive,
            f.p)
        .header(
            HttpHeaders.AUTHORIZATION,
            f.bearer("xa.lanhdao", f.x1(), "/tw/" + f.p + "/" + f.x1() + "/", "member"))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private JsonNode provinceFigures() {
    return figures(f.p);
  }

  private JsonNode figures(String unitId) {
    byte[] body =
        client
            .get()
            .uri(
                "/api/reports/figures?directiveId={d}&requirementId=bc-nam&period=2026-Y&unitId={u}",
                directive,
                unitId)
            .header(HttpHeaders.AUTHORIZATION, f.provincialLeader())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
  }

  private static JsonNode indicator(JsonNode figures, String code) {
    for (JsonNode indicator : figures.path("indicators")) {
      if (indicator.path("code").asString().equals(code)) {
        return indicator;
      }
    }
    throw new AssertionError("no indicator " + code);
  }

  /** Refused with the detail, and the field it is about named for the form (`errors[0]`). */
  private void refused(WebTestClient.ResponseSpec response, String field, String detail) {
    response
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(String.class, d -> assertThat(d).contains(detail))
        .jsonPath("$.errors[0].field")
        .isEqualTo(field)
        .jsonPath("$.errors[0].message")
        .value(String.class, m -> assertThat(m).contains(detail));
  }

  private ObligationDocument stored(String id) {
    return mongo.findById(id, ObligationDocument.class).block();
  }

  private WebTestClient.ResponseSpec post(String path, String bearer, Object body) {
    var request =
        client
            .post()
            .uri("/api/reports/obligations/" + path)
            .header(HttpHeaders.AUTHORIZATION, bearer);
    return body == null
        ? request.exchange()
        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private WebTestClient.ResponseSpec put(String path, String bearer, Object body) {
    return client
        .put()
        .uri("/api/reports/obligations/" + path)
        .header(HttpHeaders.AUTHORIZATION, bearer)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }
}
