package vn.chidao.directive.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.QUANG_NGAI_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRUNG_UONG_QUAN_TRI;
import static vn.chidao.directive.support.DemoTokens.XUAN_LOC_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TestRabbit;
import vn.chidao.testsupport.TokenSpec;

class IssueDirectiveIT extends ServiceIT {

  private static final String SUBJECT =
      "Về việc tăng cường sự lãnh đạo của Đảng đối với công tác dân vận";

  private EventTap issued;

  @BeforeEach
  void listen() throws Exception {
    issued = EventTap.listen(Destinations.DIRECTIVE_ISSUED);
  }

  @AfterEach
  void stopListening() throws Exception {
    issued.close();
  }

  private EntityExchangeResult<DirectiveResponse> issueToTranBien(TokenSpec issuer) {
    return web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, bearer(issuer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "docType", "TT",
                "subject", SUBJECT,
                "body", "Các cấp ủy báo cáo định kỳ 6 tháng và hằng năm.",
                "urgency", "KHAN",
                "recipientUnitIds", List.of("dn-tranbien")))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(DirectiveResponse.class)
        .returnResult();
  }

  @Test
  void an_issued_directive_is_stored_and_announced_on_the_broker() throws Exception {
    EntityExchangeResult<DirectiveResponse> result = issueToTranBien(TINH_UY_VAN_THU);
    DirectiveResponse created = result.getResponseBody();

    assertThat(result.getResponseHeaders().getLocation())
        .hasToString("/api/directives/" + created.id());
    assertThat(created.subject()).isEqualTo(SUBJECT);
    assertThat(created.docType()).isEqualTo("TT");
    assertThat(created.urgency()).isEqualTo("KHAN");
    assertThat(created.issuerUnitId()).isEqualTo("dong-nai");
    assertThat(created.issuerUnitName()).isEqualTo("Tỉnh ủy Đồng Nai");
    assertThat(created.recipientUnitIds()).containsExactly("dn-tranbien");
    assertThat(created.issuedBy()).isEqualTo("tinhuy.vanthu");
    assertThat(created.status()).isEqualTo("ISSUED");

    EventTap.Received message = issued.next(BROKER_WAIT);
    assertThat(message).as("DirectiveIssued on the broker").isNotNull();
    assertThat(message.contentType()).startsWith("application/json");
    DirectiveIssued event = message.as(DirectiveIssued.class);
    assertThat(event.directiveId()).isEqualTo(created.id());
    assertThat(message.messageId()).isEqualTo(event.eventId());
    assertThat(event.tenant()).isEqualTo("dong-nai");
    assertThat(event.docType()).isEqualTo("TT");
    assertThat(event.subject()).isEqualTo(SUBJECT);
    assertThat(event.issuerUnitName()).isEqualTo("Tỉnh ủy Đồng Nai");
    assertThat(event.urgency()).isEqualTo("KHAN");
    assertThat(event.recipientUnitIds()).containsExactly("dn-tranbien");
    assertThat(event.issuedBy()).isEqualTo("tinhuy.vanthu");
    assertThat(event.occurredAt()).isEqualTo(created.issuedAt());
    assertThat(event.symbol()).isEqualTo(created.symbol()).matches("\\d{2,}-TT/TU");

    DirectiveDocument stored = mongo.findById(created.id(), DirectiveDocument.class).block();
    assertThat(stored.issuedEventId()).isEqualTo(event.eventId());
    assertThat(stored.symbol()).isEqualTo(created.symbol());
    assertThat(stored.pendingEvents()).as("confirmed events leave the outbox").isEmpty();
  }

  @Test
  void the_consumers_queues_exist_before_they_ever_started() throws Exception {
    try (EventTap broker = EventTap.connect()) {
      for (String group : new String[] {"notification-service", "reporting-service"}) {
        assertThat(
                broker.messageCount(TestRabbit.get().queue(Destinations.DIRECTIVE_ISSUED, group)))
            .as("queue of %s", group)
            .isNotNegative();
      }
    }
  }

  @Test
  void the_issuing_unit_the_recipient_and_the_centre_read_it() {
    String id = issueToTranBien(TINH_UY_VAN_THU).getResponseBody().id();

    for (TokenSpec reader :
        new TokenSpec[] {TINH_UY_VAN_THU, TRAN_BIEN_VAN_THU, TRUNG_UONG_QUAN_TRI}) {
      web.get()
          .uri("/api/directives/{id}", id)
          .header(HttpHeaders.AUTHORIZATION, bearer(reader))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.id")
          .isEqualTo(id)
          .jsonPath("$.subject")
          .isEqualTo(SUBJECT);
    }
  }

  @Test
  void other_units_and_other_provinces_are_told_it_does_not_exist() {
    String id = issueToTranBien(TINH_UY_VAN_THU).getResponseBody().id();

    for (TokenSpec reader : new TokenSpec[] {XUAN_LOC_VAN_THU, QUANG_NGAI_VAN_THU}) {
      expectNotFound(id, reader);
    }
    expectNotFound("khong-co-van-ban-nay", TINH_UY_VAN_THU);
  }

  private void expectNotFound(String id, TokenSpec reader) {
    web.get()
        .uri("/api/directives/{id}", id)
        .header(HttpHeaders.AUTHORIZATION, bearer(reader))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.NOT_FOUND)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/directive-not-found")
        .jsonPath("$.title")
        .isEqualTo("Không tìm thấy");
  }

  @Test
  void a_commune_issues_to_its_own_grassroots_unit() {
    web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, bearer(TRAN_BIEN_VAN_THU))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "docType", "QĐ",
                "subject", "Quyết định về việc kiện toàn chi ủy",
                "recipientUnitIds", List.of("dn-tranbien-kp1")))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.docType")
        .isEqualTo("QĐ")
        .jsonPath("$.urgency")
        .isEqualTo("NORMAL");
  }
}
