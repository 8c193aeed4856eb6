package vn.chidao.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;

class ObligationsApiIT extends RunningReportingService {

  @Autowired WebTestClient client;
  @Autowired ReactiveMongoTemplate mongo;

  @Test
  void aUnitWithoutObligationsGetsAnEmptyPage() {
    TokenSpec reporter = reporterOf(newId("cb"), "dong-nai");

    client
        .get()
        .uri("/api/reports/obligations")
        .header(HttpHeaders.AUTHORIZATION, bearer(reporter))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .json("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}", true);
  }

  @Test
  void theCallerSeesOnlyTheirOwnUnitsObligationsInTheirOwnProvince() {
    String unitId = newId("cb");
    mongo
        .insertAll(
            List.of(
                obligation(unitId, "dong-nai", "2025-H1", LocalDate.of(2025, 6, 14)),
                obligation(unitId, "dong-nai", "2025", LocalDate.of(2025, 12, 14)),
                obligation(newId("other-unit"), "dong-nai", "2025", LocalDate.of(2025, 12, 14)),
                // Same unit id, another province: must never leak across tenants.
                obligation(unitId, "quang-ngai", "2025", LocalDate.of(2025, 12, 14))))
        .blockLast();

    client
        .get()
        .uri("/api/reports/obligations?size=1")
        .header(HttpHeaders.AUTHORIZATION, bearer(reporterOf(unitId, "dong-nai")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(2)
        .jsonPath("$.size")
        .isEqualTo(1)
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].period")
        .isEqualTo("2025-H1")
        .jsonPath("$.items[0].dueDate")
        .isEqualTo("2025-06-14");
  }

  @Test
  void withoutATokenTheAnswerIsA401Problem() {
    client
        .get()
        .uri("/api/reports/obligations")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/unauthenticated")
        .jsonPath("$.title")
        .isEqualTo("Chưa xác thực");
  }

  @Test
  void aUserWithoutAUnitIsRefusedWithA403Problem() {
    TokenSpec noUnit = TokenSpec.of("khach.xem", null, null, "dong-nai", "member");

    client
        .get()
        .uri("/api/reports/obligations")
        .header(HttpHeaders.AUTHORIZATION, bearer(noUnit))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/no-unit");
  }

  @Test
  void aPageSizeOutOfRangeIsA400Problem() {
    client
        .get()
        .uri("/api/reports/obligations?size=1000")
        .header(HttpHeaders.AUTHORIZATION, bearer(reporterOf(newId("cb"), "dong-nai")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void theHealthShowsMongoAndRabbitUp() {
    client
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.mongo.status")
        .isEqualTo("UP")
        .jsonPath("$.components.rabbit.status")
        .isEqualTo("UP");
  }

  private static TokenSpec reporterOf(String unitId, String province) {
    return TokenSpec.of(
        "chibo.baocao", unitId, "/tw/" + province + "/" + unitId + "/", province, "reporter");
  }

  private static String bearer(TokenSpec spec) {
    return "Bearer " + LocalJwtIssuer.shared().token(spec);
  }

  private static ObligationDocument obligation(
      String unitId, String tenant, String period, LocalDate dueDate) {
    return new ObligationDocument(
        UUID.randomUUID().toString(), tenant, unitId, "d-1", period, dueDate, "OPEN");
  }

  private static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
