package vn.chidao.directive.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chidao.directive.support.DemoTokens.BAO_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.CQD_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRUNG_UONG_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TokenSpec;

/**
 * A central resolution travelling down four levels — NQ/TW → KH/TU → CTr/ĐUK → CV/ĐU (a covering
 * note) — traced both ways with each node's receipt progress; then the plan is recalled (frozen,
 * every reached unit told, everything below flagged), and a directive superseded by a newer one.
 */
class LineageIT extends ServiceIT {

  private EventTap recalled;
  private EventTap delivered;

  @BeforeEach
  void listen() throws Exception {
    recalled = EventTap.listen(Destinations.DIRECTIVE_RECALLED);
    delivered = EventTap.listen(Destinations.DIRECTIVE_DELIVERED);
  }

  @AfterEach
  void stopListening() throws Exception {
    recalled.close();
    delivered.close();
  }

  private static Map<String, Object> document(
      String type, String subject, String to, String implementsId) {
    return Map.of(
        "docType",
        type,
        "subject",
        subject,
        "recipientUnitIds",
        List.of(to),
        "implements",
        implementsId == null ? List.of() : List.of(Map.of("directiveId", implementsId)));
  }

  record Chain(
      DirectiveResponse nq, DirectiveResponse kh, DirectiveResponse ctr, DirectiveResponse cv) {}

  private Chain fourLevels() {
    DirectiveResponse nq =
        issue(
            TRUNG_UONG_VAN_THU,
            document("NQ", "Nghị quyết về công tác dân vận trong tình hình mới", "dong-nai", null));
    awaitDelivered(nq.id());
    DirectiveResponse kh =
        issue(
            TINH_UY_VAN_THU,
            document("KH", "Kế hoạch thực hiện Nghị quyết về công tác dân vận", "dn-cqd", nq.id()));
    awaitDelivered(kh.id());
    DirectiveResponse ctr =
        issue(
            CQD_VAN_THU,
            document("CTr", "Chương trình hành động thực hiện Kế hoạch", "dn-cqd-bao", kh.id()));
    awaitDelivered(ctr.id());
    DirectiveResponse cv =
        web.post()
            .uri("/api/directives/{id}/forward", ctr.id())
            .header(HttpHeaders.AUTHORIZATION, bearer(BAO_VAN_THU))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "body",
                    "Đề nghị các chi bộ nghiên cứu, quán triệt và thực hiện.",
                    "recipientUnitIds",
                    List.of("dn-cqd-bao-cb1")))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(DirectiveResponse.class)
            .returnResult()
            .getResponseBody();
    awaitDelivered(cv.id());
    return new Chain(nq, kh, ctr, cv);
  }

  @Test
  void a_four_level_chain_is_traced_down_and_up_with_each_node_s_progress() {
    Chain chain = fourLevels();
    assertThat(chain.nq().symbol()).endsWith("-NQ/TW");
    assertThat(chain.kh().symbol()).endsWith("-KH/TU");
    assertThat(chain.ctr().symbol()).endsWith("-CTr/ĐUK");
    assertThat(chain.cv().symbol()).endsWith("-CV/ĐU");
    assertThat(chain.cv().subject()).contains(chain.ctr().symbol());
    assertThat(chain.cv().references())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.directiveId()).isEqualTo(chain.ctr().id());
              assertThat(r.symbol()).isEqualTo(chain.ctr().symbol());
              assertThat(r.relation()).isEqualTo("FORWARDS");
            });

    JsonNode root = getJson(TRUNG_UONG_VAN_THU, "/api/directives/{id}/lineage", chain.nq().id());
    assertThat(root.get("symbol").asString()).isEqualTo(chain.nq().symbol());
    assertThat(root.get("audience").asInt()).isEqualTo(1);
    assertThat(root.get("implemented").asInt()).as("the province implemented it").isEqualTo(1);
    JsonNode kh = only(root.get("children"));
    assertThat(kh.get("id").asString()).isEqualTo(chain.kh().id());
    assertThat(kh.get("relation").asString()).isEqualTo("IMPLEMENTS");
    JsonNode ctr = only(kh.get("children"));
    assertThat(ctr.get("id").asString()).isEqualTo(chain.ctr().id());
    assertThat(ctr.get("forwarded").asInt()).isEqualTo(1);
    JsonNode cv = only(ctr.get("children"));
    assertThat(cv.get("id").asString()).isEqualTo(chain.cv().id());
    assertThat(cv.get("relation").asString()).isEqualTo("FORWARDS");
    assertThat(cv.get("children")).isEmpty();

    JsonNode ancestors =
        getJson(TINH_UY_VAN_THU, "/api/directives/{id}/ancestors", chain.cv().id());
    assertThat(ancestors).hasSize(4);
    assertThat(List.of(0, 1, 2, 3).stream().map(i -> ancestors.get(i).get("id").asString()))
        .containsExactly(chain.nq().id(), chain.kh().id(), chain.ctr().id(), chain.cv().id());

    JsonNode provinceReceipt =
        getJson(TINH_UY_VAN_THU, "/api/directives/{id}/receipt", chain.nq().id());
    assertThat(provinceReceipt.get("state").asString()).isEqualTo("IMPLEMENTED");
    assertThat(provinceReceipt.get("implementedAs").asString()).isEqualTo(chain.kh().id());
    JsonNode baoReceipt = getJson(BAO_VAN_THU, "/api/directives/{id}/receipt", chain.ctr().id());
    assertThat(baoReceipt.get("state").asString()).isEqualTo("FORWARDED");
    assertThat(baoReceipt.get("forwardedAs").asString()).isEqualTo(chain.cv().id());
  }

  @Test
  void a_recalled_plan_is_frozen_its_units_told_and_everything_below_it_flagged() throws Exception {
    Chain chain = fourLevels();

    JsonNode recall =
        post(
            TINH_UY_VAN_THU,
            "/api/directives/" + chain.kh().id() + "/recall",
            Map.of("reason", "Ban hành nhầm phạm vi; sẽ ban hành kế hoạch mới."),
            200);
    assertThat(recall.get("status").asString()).isEqualTo("RECALLED");
    assertThat(recall.get("withdrawal").get("reason").asString()).startsWith("Ban hành nhầm");

    List<DirectiveRecalled> told =
        eventsOf(
            recalled,
            DirectiveRecalled.class,
            e -> e.directiveId().equals(chain.kh().id()),
            seen -> !seen.isEmpty());
    assertThat(told)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.mode()).isEqualTo("RECALLED");
              assertThat(e.unitIds()).containsExactly("dn-cqd");
              assertThat(e.batch()).isEqualTo(1);
              assertThat(e.batchCount()).isEqualTo(1);
              assertThat(e.symbol()).isEqualTo(chain.kh().symbol());
            });

    JsonNode root = getJson(TRUNG_UONG_VAN_THU, "/api/directives/{id}/lineage", chain.nq().id());
    JsonNode kh = only(root.get("children"));
    assertThat(kh.get("status").asString()).isEqualTo("RECALLED");
    assertThat(kh.get("flagged").asBoolean()).isFalse();
    assertThat(only(kh.get("children")).get("flagged").asBoolean()).isTrue();
    assertThat(
            getJson(BAO_VAN_THU, "/api/directives/{id}", chain.cv().id()).get("upstreamRecalled"))
        .extracting(JsonNode::asString)
        .containsExactly(chain.kh().id());

    post(CQD_VAN_THU, "/api/directives/" + chain.kh().id() + "/acknowledge", Map.of(), 409);
    post(
        CQD_VAN_THU,
        "/api/directives",
        document("CTr", "Chương trình khác", "dn-cqd-bao", chain.kh().id()),
        409);
    post(
        TINH_UY_VAN_THU,
        "/api/directives/" + chain.kh().id() + "/recall",
        Map.of("reason", "lần hai"),
        409);
    post(CQD_VAN_THU, "/api/directives/" + chain.ctr().id() + "/recall", Map.of(), 400);
    post(
        CQD_VAN_THU,
        "/api/directives/" + chain.nq().id() + "/recall",
        Map.of("reason", "không phải đơn vị ban hành"),
        404);
    post(
        BAO_VAN_THU,
        "/api/directives/" + chain.ctr().id() + "/recall",
        Map.of("reason", "không phải đơn vị ban hành"),
        403);
  }

  @Test
  void a_superseding_directive_replaces_the_old_one_everywhere_it_was_delivered() throws Exception {
    DirectiveResponse old =
        issue(TINH_UY_VAN_THU, document("TB", "Thông báo lịch họp quý IV", "dn-xuanloc", null));
    awaitDelivered(old.id());
    DirectiveResponse replacement =
        issue(
            TINH_UY_VAN_THU,
            Map.of(
                "docType",
                "TB",
                "subject",
                "Thông báo lịch họp quý IV (thay thế)",
                "recipientUnitIds",
                List.of("dn-xuanloc"),
                "supersedesDirectiveId",
                old.id()));
    awaitDelivered(replacement.id());

    DirectiveDelivered batch =
        eventsOf(
                delivered,
                DirectiveDelivered.class,
                e -> e.directiveId().equals(replacement.id()),
                seen -> !seen.isEmpty())
            .get(0);
    assertThat(batch.supersedesDirectiveId()).isEqualTo(old.id());
    DirectiveRecalled withdrawn =
        eventsOf(
                recalled,
                DirectiveRecalled.class,
                e -> e.directiveId().equals(old.id()),
                seen -> !seen.isEmpty())
            .get(0);
    assertThat(withdrawn.mode()).isEqualTo("SUPERSEDED");
    assertThat(withdrawn.replacedByDirectiveId()).isEqualTo(replacement.id());
    assertThat(withdrawn.replacedBySymbol()).isEqualTo(replacement.symbol());
    assertThat(withdrawn.unitIds()).containsExactly("dn-xuanloc");
    await()
        .atMost(BROKER_WAIT)
        .until(
            () ->
                getJson(TINH_UY_VAN_THU, "/api/directives/{id}", old.id())
                    .get("status")
                    .asString()
                    .equals("SUPERSEDED"));

    post(
        TINH_UY_VAN_THU,
        "/api/directives",
        Map.of(
            "docType",
            "TB",
            "subject",
            "Lần thay thế thứ hai",
            "recipientUnitIds",
            List.of("dn-xuanloc"),
            "supersedesDirectiveId",
            old.id()),
        409);
  }

  private JsonNode post(TokenSpec caller, String uri, Map<String, ?> body, int status) {
    return web.post()
        .uri(uri)
        .header(HttpHeaders.AUTHORIZATION, bearer(caller))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  private static JsonNode only(JsonNode array) {
    assertThat(array).hasSize(1);
    return array.get(0);
  }
}
