package vn.chidao.directive.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.KP1_BI_THU;
import static vn.chidao.directive.support.DemoTokens.KP1_CB1_BI_THU;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.XUAN_LOC_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.support.ServiceIT;

/**
 * Receipt of a directive sent to a ward's whole subtree (the ward, its grassroots organisation and
 * two cells): the inbox lists it unread first, opening it marks it read, acknowledging records who
 * and when, and the issuer sees the totals per subtree, the units still pending and an audit trail
 * with who, when and from where.
 */
class ReceiptIT extends ServiceIT {

  private DirectiveResponse issueToTranBienSubtree() {
    DirectiveResponse created =
        issue(
            TINH_UY_VAN_THU,
            Map.of(
                "docType", "CT",
                "subject", "Chỉ thị về công tác phòng chống thiên tai",
                "recipients", List.of(Map.of("unitId", "dn-tranbien", "scope", "SUBTREE"))));
    awaitDelivered(created.id());
    return created;
  }

  private static List<String> ids(JsonNode items, String field) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.get(field).asString()));
    return ids;
  }

  @Test
  void opening_marks_read_acknowledging_records_who_and_the_issuer_sees_it_per_subtree() {
    DirectiveResponse created = issueToTranBienSubtree();

    JsonNode inbox = getJson(KP1_BI_THU, "/api/inbox?size=100");
    JsonNode mine = find(inbox.get("items"), created.id());
    assertThat(mine.get("readAt").isNull()).isTrue();
    assertThat(mine.get("state").asString()).isEqualTo("DELIVERED");
    assertThat(inbox.get("unread").asLong()).isPositive();

    web.get()
        .uri("/api/directives/{id}", created.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(KP1_BI_THU))
        .header("X-Request-Id", "req-kp1-opens-it")
        .exchange()
        .expectStatus()
        .isOk();
    JsonNode receipt =
        web.post()
            .uri("/api/directives/{id}/acknowledge", created.id())
            .header(HttpHeaders.AUTHORIZATION, bearer(KP1_BI_THU))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody();
    assertThat(receipt.get("state").asString()).isEqualTo("ACKNOWLEDGED");
    assertThat(receipt.get("readBy").asString()).isEqualTo("kp1.bithu");
    assertThat(receipt.get("acknowledgedBy").asString()).isEqualTo("kp1.bithu");

    JsonNode afterwards =
        find(getJson(KP1_BI_THU, "/api/inbox?size=100").get("items"), created.id());
    assertThat(afterwards.get("readAt").isNull()).isFalse();

    JsonNode progress = getJson(TINH_UY_VAN_THU, "/api/directives/{id}/receipts", created.id());
    assertThat(progress.get("delivery").get("state").asString()).isEqualTo("DELIVERED");
    assertThat(progress.get("delivery").get("unitsDelivered").asInt()).isEqualTo(4);
    assertThat(progress.get("total").get("audience").asInt()).isEqualTo(4);
    assertThat(progress.get("total").get("read").asInt()).isEqualTo(1);
    assertThat(progress.get("total").get("acknowledged").asInt()).isEqualTo(1);
    assertThat(progress.get("node").get("unitId").asString()).isEqualTo("dong-nai");
    JsonNode ward = progress.get("children").get(0);
    assertThat(ward.get("unitId").asString()).isEqualTo("dn-tranbien");
    assertThat(ward.get("audience").asInt()).isEqualTo(4);
    assertThat(ward.get("read").asInt()).isEqualTo(1);

    JsonNode underWard =
        getJson(TINH_UY_VAN_THU, "/api/directives/{id}/receipts?under=dn-tranbien", created.id());
    assertThat(underWard.get("children").get(0).get("unitId").asString())
        .isEqualTo("dn-tranbien-kp1");
    assertThat(underWard.get("children").get(0).get("audience").asInt()).isEqualTo(3);

    JsonNode cell =
        getJson(
            TINH_UY_VAN_THU,
            "/api/directives/{id}/receipts?under=dn-tranbien-kp1-cb1",
            created.id());
    assertThat(cell.get("node").get("audience").asInt())
        .as("below the running totals, counted from the rows")
        .isEqualTo(1);
    assertThat(cell.get("node").get("read").asInt()).isZero();

    JsonNode unread =
        getJson(TINH_UY_VAN_THU, "/api/directives/{id}/receipts/pending?step=READ", created.id());
    assertThat(unread.get("total").asInt()).isEqualTo(3);
    assertThat(ids(unread.get("items"), "unitId"))
        .containsExactly("dn-tranbien", "dn-tranbien-kp1-cb1", "dn-tranbien-kp1-cb2");
    JsonNode paged =
        getJson(
            TINH_UY_VAN_THU,
            "/api/directives/{id}/receipts/pending?step=ACKNOWLEDGED&under=dn-tranbien-kp1&page=1&size=1",
            created.id());
    assertThat(paged.get("total").asInt()).isEqualTo(2);
    assertThat(ids(paged.get("items"), "unitId")).containsExactly("dn-tranbien-kp1-cb2");

    JsonNode audit = getJson(TINH_UY_VAN_THU, "/api/directives/{id}/audit", created.id());
    List<String> actions = ids(audit.get("items"), "action");
    assertThat(actions).contains("ISSUED", "DELIVERED", "READ", "ACKNOWLEDGED");
    JsonNode read = null;
    for (JsonNode entry : audit.get("items")) {
      if (entry.get("action").asString().equals("READ")) {
        read = entry;
      }
    }
    assertThat(read.get("actor").asString()).isEqualTo("kp1.bithu");
    assertThat(read.get("unitId").asString()).isEqualTo("dn-tranbien-kp1");
    assertThat(read.get("requestId").asString()).isEqualTo("req-kp1-opens-it");
    assertThat(read.get("ip").asString()).isEqualTo("127.0.0.1");
  }

  @Test
  void a_second_reader_of_the_same_unit_changes_nothing() {
    DirectiveResponse created = issueToTranBienSubtree();
    getJson(KP1_CB1_BI_THU, "/api/directives/{id}", created.id());
    getJson(KP1_CB1_BI_THU, "/api/directives/{id}", created.id());

    JsonNode progress = getJson(TINH_UY_VAN_THU, "/api/directives/{id}/receipts", created.id());
    assertThat(progress.get("total").get("read").asInt()).isEqualTo(1);
    JsonNode audit = getJson(TINH_UY_VAN_THU, "/api/directives/{id}/audit", created.id());
    assertThat(ids(audit.get("items"), "action").stream().filter("READ"::equals)).hasSize(1);
  }

  @Test
  void receiving_units_may_not_see_the_issuer_s_views_and_others_not_even_the_directive() {
    DirectiveResponse created = issueToTranBienSubtree();

    expectProblem(KP1_BI_THU, "/api/directives/" + created.id() + "/receipts", 403);
    expectProblem(KP1_BI_THU, "/api/directives/" + created.id() + "/audit", 403);
    expectProblem(XUAN_LOC_VAN_THU, "/api/directives/" + created.id() + "/receipts", 404);
    web.post()
        .uri("/api/directives/{id}/acknowledge", created.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(XUAN_LOC_VAN_THU))
        .exchange()
        .expectStatus()
        .isNotFound();
    expectProblem(
        TINH_UY_VAN_THU, "/api/directives/" + created.id() + "/receipts/pending?step=X", 400);
    expectProblem(TINH_UY_VAN_THU, "/api/inbox?size=1000", 400);
  }

  private void expectProblem(vn.chidao.testsupport.TokenSpec caller, String uri, int status) {
    web.get()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private static JsonNode find(JsonNode items, String directiveId) {
    for (JsonNode item : items) {
      if (item.get("directiveId").asString().equals(directiveId)) {
        return item;
      }
    }
    throw new AssertionError("directive " + directiveId + " not in the inbox");
  }
}
