package vn.chidao.directive.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.support.DemoTokens.TINH_UY_VAN_THU;
import static vn.chidao.directive.support.DemoTokens.TRAN_BIEN_VAN_THU;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TestRabbit;

/**
 * Delivery against the real broker and the MongoDB wire protocol: the distribution list resolves
 * against the read copy, one row per reached unit, DirectiveDelivered in batches (3 units here),
 * each batch of one purpose, carrying the reporting demands; a job interrupted halfway is finished
 * by the relay with the same event ids.
 */
class DeliveryIT extends ServiceIT {

  private static final List<String> DONG_NAI_CELLS =
      List.of("dn-tranbien-kp1-cb1", "dn-tranbien-kp1-cb2", "dn-cqd-bao-cb1");

  private EventTap delivered;
  private EventTap issued;

  @BeforeEach
  void listen() throws Exception {
    delivered = EventTap.listen(Destinations.DIRECTIVE_DELIVERED);
    issued = EventTap.listen(Destinations.DIRECTIVE_ISSUED);
  }

  @AfterEach
  void stopListening() throws Exception {
    delivered.close();
    issued.close();
  }

  static Map<String, Object> toEveryCellWithReport() {
    return Map.of(
        "docType", "TT",
        "subject", "Về tăng cường công tác dân vận của các chi bộ",
        "urgency", "KHAN",
        "signature",
            Map.of(
                "authority", "TM",
                "onBehalfOf", "BAN THƯỜNG VỤ",
                "position", "PHÓ BÍ THƯ",
                "signerName", "Nguyễn Văn A"),
        "recipients",
            List.of(
                Map.of(
                    "unitId", "dong-nai",
                    "scope", "SUBTREE",
                    "kinds", List.of("PARTY_CELL"),
                    "purpose", "IMPLEMENT",
                    "label", "Các chi bộ trực thuộc"),
                Map.of("unitId", "tw", "purpose", "REPORT_TO", "label", "Ban Bí thư (b/c)")),
        "implements", List.of(Map.of("symbol", "25-NQ/TW")),
        "reporting",
            List.of(
                Map.of(
                    "requirementId",
                    "bc-1",
                    "title",
                    "Báo cáo kết quả công tác dân vận",
                    "frequency",
                    "ANNUAL",
                    "due",
                    Map.of("kind", "FIXED_DAY", "day", 15),
                    "sections",
                    List.of(Map.of("code", "I", "title", "Kết quả đạt được")),
                    "indicators",
                    List.of(
                        Map.of(
                            "code", "dvk",
                            "name", "Số mô hình Dân vận khéo",
                            "unitOfMeasure", "mô hình",
                            "type", "COUNT",
                            "aggregation", "SUM")))));
  }

  @Test
  void every_party_cell_of_the_province_is_reached_once_in_batches_of_one_purpose()
      throws Exception {
    DirectiveResponse created = issue(TINH_UY_VAN_THU, toEveryCellWithReport());
    awaitDelivered(created.id());

    Map<String, Document> rows = rows(created.id());
    assertThat(rows.keySet()).containsAll(DONG_NAI_CELLS).contains("tw");
    assertThat(rows.keySet())
        .as("no committee, only cells and the b/c copy")
        .doesNotContain("dong-nai", "dn-tranbien", "dn-tranbien-kp1", "dn-cqd-bao");
    assertThat(rows.get("tw").getString("purpose")).isEqualTo("REPORT_TO");
    assertThat(rows.get("dn-cqd-bao-cb1").getString("purpose")).isEqualTo("IMPLEMENT");

    int batchCount = (rows.size() - 1 + 2) / 3 + 1; // implementing cells in 3s, then the b/c copy
    List<DirectiveDelivered> batches =
        eventsOf(
            delivered,
            DirectiveDelivered.class,
            event -> event.directiveId().equals(created.id()),
            seen -> seen.size() >= batchCount);
    assertThat(batches).hasSize(batchCount);
    assertThat(batches).allSatisfy(batch -> assertThat(batch.batchCount()).isEqualTo(batchCount));
    assertThat(batches).allSatisfy(batch -> assertThat(batch.unitIds()).hasSizeBetween(1, 3));
    assertThat(batches.stream().map(DirectiveDelivered::batch)).doesNotHaveDuplicates();
    assertThat(batches.stream().flatMap(batch -> batch.unitIds().stream()))
        .as("every reached unit in exactly one batch")
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(rows.keySet());
    for (DirectiveDelivered batch : batches) {
      assertThat(batch.unitIds())
          .allSatisfy(
              unit -> assertThat(rows.get(unit).getString("purpose")).isEqualTo(batch.purpose()));
      assertThat(batch.eventId()).isEqualTo(created.id() + ":delivered:" + batch.batch());
      assertThat(batch.symbol()).isEqualTo(created.symbol());
      assertThat(batch.urgency()).isEqualTo("KHAN");
      assertThat(batch.secrecy()).isEqualTo("NONE");
      assertThat(batch.tenant()).isEqualTo("dong-nai");
      assertThat(batch.reporting())
          .extracting(ReportingRequirement::requirementId)
          .containsExactly("bc-1");
      assertThat(batch.reporting().get(0).reportToUnitId())
          .as("reports go to the issuer unless said otherwise")
          .isEqualTo("dong-nai");
      assertThat(batch.reporting().get(0).indicators().get(0).name())
          .isEqualTo("Số mô hình Dân vận khéo");
    }

    DirectiveIssued announcement =
        eventsOf(
                issued,
                DirectiveIssued.class,
                event -> event.directiveId().equals(created.id()),
                seen -> !seen.isEmpty())
            .get(0);
    assertThat(announcement.recipientUnitIds()).containsExactly("dong-nai", "tw");
    assertThat(announcement.reporting().get(0).due().day()).isEqualTo(15);

    assertThat(created.signature().authorityLine()).isEqualTo("T/M BAN THƯỜNG VỤ");
    assertThat(created.references())
        .singleElement()
        .satisfies(r -> assertThat(r.symbol()).isEqualTo("25-NQ/TW"));
    assertThat(created.recipients()).hasSize(2);
  }

  @Test
  void the_producer_declares_the_consumers_queues_for_delivered_and_recalled() throws Exception {
    try (EventTap broker = EventTap.connect()) {
      for (String destination :
          List.of(Destinations.DIRECTIVE_DELIVERED, Destinations.DIRECTIVE_RECALLED)) {
        for (String group : List.of("notification-service", "reporting-service")) {
          assertThat(broker.messageCount(TestRabbit.get().queue(destination, group)))
              .as("queue of %s on %s", group, destination)
              .isNotNegative();
        }
      }
    }
  }

  @Test
  void
      a_delivery_interrupted_before_its_last_batch_is_finished_by_the_relay_with_the_same_event_id()
          throws Exception {
    DirectiveResponse created = deliveredInTwoBatches("Về việc triển khai học tập nghị quyết");
    Set<String> before = new HashSet<>(rows(created.id()).keySet());

    // As if the process died after storing it, with batch 2's event not yet confirmed.
    reopen(created.id(), new Update().set("published", false).unset("units"));
    assertThat(
            getJson(TRAN_BIEN_VAN_THU, "/api/directives/{id}/receipts", created.id())
                .get("delivery")
                .get("unitsDelivered")
                .asInt())
        .as("only batch 1 confirmed")
        .isEqualTo(3);

    List<DirectiveDelivered> again =
        eventsOf(
            delivered,
            DirectiveDelivered.class,
            e -> e.directiveId().equals(created.id()),
            seen -> !seen.isEmpty());
    assertThat(again)
        .singleElement()
        .satisfies(e -> assertThat(e.eventId()).isEqualTo(created.id() + ":delivered:2"));
    awaitDelivered(created.id());
    assertThat(again.get(0).unitIds()).hasSize(1);
    assertThat(rows(created.id()).keySet()).isEqualTo(before);
    assertThat(
            getJson(TRAN_BIEN_VAN_THU, "/api/directives/{id}/receipts", created.id())
                .get("delivery")
                .get("unitsDelivered")
                .asInt())
        .isEqualTo(4);
  }

  @Test
  void a_delivery_cut_short_before_its_last_batch_was_recorded_is_finished_from_the_tree()
      throws Exception {
    DirectiveResponse created = deliveredInTwoBatches("Về việc tổng kết công tác dân vận");
    Map<String, Document> before = rows(created.id());

    // As if the process died after batch 1 (recorded, written, published) and before batch 2 was
    // recorded: no rows of batch 2, no counters, the audience not yet read to the end.
    mongo
        .remove(
            Query.query(Criteria.where("directiveId").is(created.id()).and("batch").is(2)),
            "deliveries")
        .block();
    mongo
        .remove(Query.query(Criteria.where("directiveId").is(created.id())), "receipt_counts")
        .block();
    mongo
        .remove(Query.query(Criteria.where("_id").is(created.id() + "|2")), "delivery_batches")
        .block();
    mongo
        .updateFirst(
            Query.query(Criteria.where("_id").is(created.id())),
            new Update()
                .set("delivery.state", "DELIVERING")
                .set("delivery.resolved", false)
                .set("delivery.audience", 0)
                .set("delivery.batches", 0)
                // Interrupted now, long after the service started: the relay takes the job back
                // once it is older than min-age (a cut-off frozen at start-up never would).
                .set("delivery.startedAt", Date.from(Instant.now())),
            DirectiveDocument.COLLECTION)
        .block();
    assertThat(rows(created.id())).hasSize(3);

    List<DirectiveDelivered> again = publishedAgain(created.id());
    assertThat(again)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventId()).isEqualTo(created.id() + ":delivered:2");
              assertThat(e.batchCount()).isEqualTo(2);
              assertThat(e.unitIds()).hasSize(1);
            });
    assertThat(rows(created.id()).keySet()).isEqualTo(before.keySet());
    var receipts = getJson(TRAN_BIEN_VAN_THU, "/api/directives/{id}/receipts", created.id());
    assertThat(receipts.get("delivery").get("unitsDelivered").asInt()).isEqualTo(4);
    assertThat(receipts.get("delivery").get("audience").asInt()).isEqualTo(4);
    assertThat(receipts.get("total").get("audience").asInt())
        .as("the counters saved again from the tree")
        .isEqualTo(4);
  }

  @Test
  void a_batch_recorded_before_any_of_its_rows_was_written_is_written_and_published_as_recorded()
      throws Exception {
    DirectiveResponse created = deliveredInTwoBatches("Về việc sơ kết công tác dân vận");
    Map<String, Document> before = rows(created.id());
    List<String> recorded =
        List.of(
            mongo
                .findById(created.id() + "|2", Document.class, "delivery_batches")
                .block()
                .getString("unitIds")
                .split("/"));

    // As if the process died right after recording batch 2: not one of its rows written.
    mongo
        .remove(
            Query.query(Criteria.where("directiveId").is(created.id()).and("batch").is(2)),
            "deliveries")
        .block();
    reopen(created.id(), new Update().set("published", false).unset("units"));
    assertThat(rows(created.id())).hasSize(3);

    List<DirectiveDelivered> again = publishedAgain(created.id());
    assertThat(again)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventId()).isEqualTo(created.id() + ":delivered:2");
              assertThat(e.unitIds()).isEqualTo(recorded);
            });
    assertThat(rows(created.id()).keySet()).isEqualTo(before.keySet());
    assertThat(rows(created.id()).get(recorded.get(0)).getInteger("batch")).isEqualTo(2);
  }

  @Test
  void a_batch_recorded_by_an_earlier_version_without_its_units_is_rebuilt_from_its_rows()
      throws Exception {
    DirectiveResponse created = deliveredInTwoBatches("Về việc rà soát công tác dân vận");
    Set<String> batchTwo = new HashSet<>();
    rows(created.id())
        .forEach(
            (unit, row) -> {
              if (row.getInteger("batch") == 2) {
                batchTwo.add(unit);
              }
            });

    // The earlier shape: first and last unit instead of the ids; its event not yet confirmed.
    String only = batchTwo.iterator().next();
    reopen(
        created.id(),
        new Update()
            .set("published", false)
            .unset("units")
            .unset("unitIds")
            .set("from", only)
            .set("to", only));

    List<DirectiveDelivered> again = publishedAgain(created.id());
    assertThat(again)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventId()).isEqualTo(created.id() + ":delivered:2");
              assertThat(e.unitIds()).containsExactlyInAnyOrderElementsOf(batchTwo);
            });
  }

  /**
   * A CV of Trấn Biên to its whole subtree (4 units: batches of 3 and 1), delivered, both its
   * events seen.
   */
  private DirectiveResponse deliveredInTwoBatches(String subject) throws Exception {
    DirectiveResponse created =
        issue(
            TRAN_BIEN_VAN_THU,
            Map.of(
                "docType",
                "CV",
                "subject",
                subject,
                "recipients",
                List.of(Map.of("unitId", "dn-tranbien", "scope", "SUBTREE"))));
    awaitDelivered(created.id());
    eventsOf(
        delivered,
        DirectiveDelivered.class,
        e -> e.directiveId().equals(created.id()),
        seen -> seen.size() >= 2);
    return created;
  }

  /** The events the relay published for the directive once it took the job back, to its end. */
  private List<DirectiveDelivered> publishedAgain(String directiveId) throws Exception {
    List<DirectiveDelivered> again =
        eventsOf(
            delivered,
            DirectiveDelivered.class,
            e -> e.directiveId().equals(directiveId),
            seen -> !seen.isEmpty());
    awaitDelivered(directiveId);
    return again;
  }

  /** Changes batch 2's record with {@code batch} and hands the job back to the relay. */
  private void reopen(String directiveId, Update batch) {
    mongo
        .updateFirst(
            Query.query(Criteria.where("_id").is(directiveId + "|2")), batch, "delivery_batches")
        .block();
    mongo
        .updateFirst(
            Query.query(Criteria.where("_id").is(directiveId)),
            new Update()
                .set("delivery.state", "DELIVERING")
                // Interrupted now, long after the service started: the relay takes the job back
                // once it is older than min-age (a cut-off frozen at start-up never would).
                .set("delivery.startedAt", Date.from(Instant.now())),
            DirectiveDocument.COLLECTION)
        .block();
  }
}
