package vn.chidao.directive.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.KP1_BI_THU;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.bearer;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import vn.chidao.directive.delivery.adapter.out.mongo.DeliveryCollections;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.receipt.application.RepairingReceipts;
import vn.chidao.directive.support.ServiceIT;

/**
 * A crash between two receipt writes, reproduced by leaving the database as the process would have
 * left it, is finished by the start-up repair, and a second run changes nothing.
 */
class ReceiptRepairIT extends ServiceIT {

  @Autowired RepairingReceipts repairing;

  private DirectiveResponse issueToTranBienSubtree() {
    DirectiveResponse created =
        issue(
            TINH_UY_VAN_THU,
            Map.of(
                "docType", "CT",
                "subject", "Chỉ thị về phòng chống bão lũ",
                "recipients", List.of(Map.of("unitId", "dn-tranbien", "scope", "SUBTREE"))));
    awaitDelivered(created.id());
    return created;
  }

  private JsonNode total(String directiveId) {
    return getJson(TINH_UY_VAN_THU, "/api/directives/{id}/receipts", directiveId).get("total");
  }

  private void update(String directiveId, String unitId, Update update) {
    mongo
        .updateFirst(
            Query.query(Criteria.where("_id").is(DeliveryCollections.rowId(directiveId, unitId))),
            update,
            DeliveryCollections.DELIVERIES)
        .block();
  }

  @Test
  void totals_left_short_or_rows_left_marked_by_a_crash_are_counted_again_from_the_rows() {
    DirectiveResponse created = issueToTranBienSubtree();
    web.post()
        .uri("/api/directives/{id}/acknowledge", created.id())
        .header(HttpHeaders.AUTHORIZATION, bearer(KP1_BI_THU))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(total(created.id()).get("acknowledged").asLong()).isEqualTo(1);

    // Died after the cell's compare-and-set, before the totals: read but not counted.
    update(
        created.id(),
        "dn-tranbien-kp1-cb1",
        new Update()
            .set("readAt", new Date())
            .set("readBy", "kp1cb1.bithu")
            .addToSet("uncounted", "read"));
    // Died after the totals, before the mark went: counted, still marked.
    update(created.id(), "dn-tranbien-kp1", new Update().addToSet("uncounted", "acknowledged"));
    assertThat(total(created.id()).get("read").asLong()).isEqualTo(1);

    RepairingReceipts.Repaired repaired = repairing.run().block();

    assertThat(repaired.recountedDirectives()).isEqualTo(1);
    JsonNode total = total(created.id());
    assertThat(total.get("read").asLong()).isEqualTo(2);
    assertThat(total.get("acknowledged").asLong()).isEqualTo(1);
    assertThat(rows(created.id()).values())
        .allSatisfy(row -> assertThat(row.getList("uncounted", String.class)).isNullOrEmpty());
    assertThat(repairing.run().block().recountedDirectives()).as("nothing left").isZero();
    assertThat(total(created.id())).isEqualTo(total);
  }

  @Test
  void an_implementing_document_stored_just_before_a_crash_still_moves_the_receipt() {
    DirectiveResponse created = issueToTranBienSubtree();
    DirectiveResponse plan =
        issue(
            TRAN_BIEN_VAN_THU,
            Map.of(
                "docType",
                "KH",
                "subject",
                "Kế hoạch triển khai chỉ thị phòng chống bão lũ",
                "recipients",
                List.of(Map.of("unitId", "dn-tranbien-kp1")),
                "implements",
                List.of(Map.of("directiveId", created.id()))));
    assertThat(rows(created.id()).get("dn-tranbien").getString("implementedAs"))
        .isEqualTo(plan.id());

    // As the process leaves it when it dies right after storing the plan: the note on the row,
    // the step not recorded, the totals without it. And a note whose document never got stored.
    update(
        created.id(),
        "dn-tranbien",
        new Update()
            .unset("implementedAt")
            .unset("implementedBy")
            .unset("implementedAs")
            .addToSet(
                "followUps",
                new Document("as", plan.id())
                    .append("step", "IMPLEMENTED")
                    .append("by", "tranbien.vanthu")));
    update(
        created.id(),
        "dn-tranbien-kp1",
        new Update()
            .addToSet(
                "followUps",
                new Document("as", "never-stored")
                    .append("step", "IMPLEMENTED")
                    .append("by", "kp1.bithu")));
    mongo
        .updateMulti(
            Query.query(Criteria.where("directiveId").is(created.id())),
            new Update().set("implemented", 0),
            DeliveryCollections.COUNTS)
        .block();

    RepairingReceipts.Repaired repaired = repairing.run().block();

    assertThat(repaired.followUps()).isEqualTo(2);
    Map<String, Document> rows = rows(created.id());
    assertThat(rows.get("dn-tranbien").getString("implementedAs")).isEqualTo(plan.id());
    assertThat(rows.get("dn-tranbien").getString("implementedBy")).isEqualTo("tranbien.vanthu");
    assertThat(rows.get("dn-tranbien-kp1").get("implementedAt")).isNull();
    assertThat(rows.values())
        .allSatisfy(row -> assertThat(row.getList("followUps", Document.class)).isNullOrEmpty());
    assertThat(total(created.id()).get("implemented").asLong()).isEqualTo(1);
    assertThat(repairing.run().block().followUps()).as("nothing left").isZero();
  }
}
