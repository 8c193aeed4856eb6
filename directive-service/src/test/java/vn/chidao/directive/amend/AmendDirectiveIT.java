package vn.chidao.directive.amend;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.support.DemoTokens;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/**
 * Amending (sửa đổi, bổ sung): a new document of the issuing unit that cites the directive with
 * {@code AMENDS}, reaches every unit the directive reached, and is listed on the directive, which
 * stays in force; refusals store nothing.
 */
class AmendDirectiveIT extends ServiceIT {

  private EventTap delivered;

  @BeforeEach
  void listen() throws Exception {
    delivered = EventTap.listen(Destinations.DIRECTIVE_DELIVERED);
  }

  @AfterEach
  void stopListening() throws Exception {
    delivered.close();
  }

  private DirectiveResponse original() {
    DirectiveResponse created =
        issue(
            TINH_UY_VAN_THU,
            Map.of(
                "docType", "CT",
                "subject", "Chỉ thị về công tác phòng cháy chữa cháy",
                "body", "Các cấp ủy tổ chức thực hiện.",
                "recipients", List.of(Map.of("unitId", "dn-tranbien", "scope", "SUBTREE"))));
    awaitDelivered(created.id());
    return created;
  }

  private WebTestClient.ResponseSpec amend(TokenSpec caller, String id, Map<String, ?> body) {
    return web.post()
        .uri("/api/directives/{id}/amend", id)
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private long directives() {
    return mongo.count(new Query(), DirectiveDocument.COLLECTION).block();
  }

  @Test
  void an_amendment_reaches_every_unit_the_directive_reached_and_both_are_linked()
      throws Exception {
    DirectiveResponse original = original();

    DirectiveResponse amendment =
        amend(TINH_UY_VAN_THU, original.id(), Map.of("body", "Sửa đổi điểm 2 như sau: …"))
            .expectStatus()
            .isCreated()
            .expectBody(DirectiveResponse.class)
            .returnResult()
            .getResponseBody();

    assertThat(amendment.docType()).isEqualTo("CT");
    assertThat(amendment.subject())
        .isEqualTo(
            "Về việc sửa đổi, bổ sung "
                + original.symbol()
                + " Chỉ thị về công tác phòng cháy chữa cháy");
    assertThat(amendment.references())
        .singleElement()
        .satisfies(
            reference -> {
              assertThat(reference.directiveId()).isEqualTo(original.id());
              assertThat(reference.relation()).isEqualTo("AMENDS");
              assertThat(reference.symbol()).isEqualTo(original.symbol());
            });
    awaitDelivered(amendment.id());
    assertThat(rows(amendment.id()).keySet()).isEqualTo(rows(original.id()).keySet());
    List<DirectiveDelivered> batches =
        eventsOf(
            delivered,
            DirectiveDelivered.class,
            e -> e.directiveId().equals(amendment.id()),
            seen -> seen.stream().mapToInt(e -> e.unitIds().size()).sum() >= 4);
    List<String> told = new ArrayList<>();
    batches.forEach(batch -> told.addAll(batch.unitIds()));
    assertThat(told).containsExactlyInAnyOrderElementsOf(rows(original.id()).keySet());

    JsonNode read = getJson(TINH_UY_VAN_THU, "/api/directives/{id}", original.id());
    assertThat(read.get("status").asString()).isEqualTo("ISSUED");
    assertThat(read.get("amendedBy")).hasSize(1);
    assertThat(read.get("amendedBy").get(0).get("directiveId").asString())
        .isEqualTo(amendment.id());
    assertThat(read.get("amendedBy").get(0).get("symbol").asString()).isEqualTo(amendment.symbol());
    JsonNode audit = getJson(TINH_UY_VAN_THU, "/api/directives/{id}/audit", original.id());
    List<String> actions = new ArrayList<>();
    audit.get("items").forEach(entry -> actions.add(entry.get("action").asString()));
    assertThat(actions).contains("AMENDED");
  }

  @Test
  void only_the_issuing_unit_amends_a_directive_in_force_and_a_refusal_stores_nothing() {
    DirectiveResponse original = original();
    long before = directives();

    amend(TRAN_BIEN_VAN_THU, original.id(), Map.of("body", "Sửa đổi"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/amends-unknown");
    amend(TINH_UY_VAN_THU, original.id(), Map.of("subject", "Không có nội dung"))
        .expectStatus()
        .isBadRequest();
    amend(TINH_UY_VAN_THU, original.id(), Map.of("body", "Sửa đổi", "docType", "XX"))
        .expectStatus()
        .isBadRequest();
    amend(DemoTokens.QUANG_NGAI_VAN_THU, original.id(), Map.of("body", "Sửa đổi"))
        .expectStatus()
        .isNotFound();
    web.post()
        .uri("/api/directives/{id}/recall", original.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(TINH_UY_VAN_THU))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reason", "Ban hành nhầm"))
        .exchange()
        .expectStatus()
        .isOk();
    amend(TINH_UY_VAN_THU, original.id(), Map.of("body", "Sửa đổi"))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/directive-withdrawn");

    assertThat(directives()).isEqualTo(before);
  }
}
