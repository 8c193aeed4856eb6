package vn.chidao.directive.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.test.StepVerifier;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.directive.support.DemoUnits;
import vn.chidao.directive.support.EventTap;
import vn.chidao.directive.support.ServiceIT;
import vn.chidao.testsupport.TestRabbit;

class OrgUnitReadCopyIT extends ServiceIT {

  private static final Instant T1 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-02T00:00:00Z");

  @Autowired private AudienceKeyBackfill backfill;

  private EventTap broker;

  @BeforeEach
  void connect() throws Exception {
    broker = EventTap.connect();
  }

  @AfterEach
  void disconnect() throws Exception {
    broker.close();
  }

  private void announce(Object event) throws Exception {
    broker.publish(Destinations.ORG_UNIT_CHANGED, EventTap.JSON.writeValueAsString(event));
  }

  private static OrgUnitChanged renamed(OrgUnitChanged unit, String name, Instant at) {
    return new OrgUnitChanged(
        unit.eventId() + "-" + at,
        at,
        unit.tenant(),
        unit.unitId(),
        unit.parentId(),
        unit.path(),
        unit.kind(),
        name,
        unit.issuerAbbr(),
        unit.status());
  }

  @Test
  void a_unit_announced_by_identity_appears_in_the_read_copy() throws Exception {
    OrgUnitChanged change = DemoUnits.freshUnit("Đảng ủy phường Long Hưng", T1, "ACTIVE");

    announce(change);

    UnitDocument unit =
        await()
            .atMost(BROKER_WAIT)
            .until(() -> units.findById(change.unitId()).block(), u -> u != null);
    assertThat(unit)
        .isEqualTo(
            new UnitDocument(
                change.unitId(),
                "dong-nai",
                "dong-nai",
                change.path(),
                "COMMUNE_COMMITTEE",
                "Đảng ủy phường Long Hưng",
                "ĐU",
                "ACTIVE",
                T1));
  }

  @Test
  void a_late_older_change_does_not_roll_the_copy_back() throws Exception {
    OrgUnitChanged v1 = DemoUnits.freshUnit("Tên cũ", T1, "ACTIVE");
    OrgUnitChanged v2 = renamed(v1, "Tên mới", T2);
    OrgUnitChanged marker = DemoUnits.freshUnit("Đánh dấu", T1, "ACTIVE");

    announce(v2);
    announce(v1);
    announce(marker);

    // One consumer takes the queue in order: once the marker is in, v1 was handled too.
    await().atMost(BROKER_WAIT).until(() -> units.findById(marker.unitId()).block() != null);
    UnitDocument unit = units.findById(v1.unitId()).block();
    assertThat(unit.name()).isEqualTo("Tên mới");
    assertThat(unit.updatedAt()).isEqualTo(T2);
  }

  @Test
  void only_a_newer_change_is_applied_and_a_redelivery_is_a_no_op() {
    OrgUnitChanged v1 = DemoUnits.freshUnit("Tên cũ", T1, "ACTIVE");
    OrgUnitChanged v2 = renamed(v1, "Tên mới", T2);

    StepVerifier.create(units.apply(v1)).expectNext(true).verifyComplete();
    StepVerifier.create(units.apply(v1)).expectNext(false).verifyComplete();
    StepVerifier.create(units.apply(v2)).expectNext(true).verifyComplete();
    StepVerifier.create(units.apply(v1)).expectNext(false).verifyComplete();
    StepVerifier.create(units.apply(v2)).expectNext(false).verifyComplete();

    assertThat(units.findById(v1.unitId()).block().name()).isEqualTo("Tên mới");
  }

  @Test
  void a_unit_closed_later_is_copied_as_closed() {
    OrgUnitChanged open = DemoUnits.freshUnit("Chi bộ sáp nhập", T1, "ACTIVE");
    OrgUnitChanged closed =
        new OrgUnitChanged(
            "closed",
            T2,
            open.tenant(),
            open.unitId(),
            open.parentId(),
            open.path(),
            open.kind(),
            open.name(),
            open.issuerAbbr(),
            "CLOSED");

    units.apply(open).block();
    units.apply(closed).block();

    assertThat(units.findById(open.unitId()).block().isActive()).isFalse();
  }

  @Test
  void an_incomplete_change_goes_to_the_dead_letter_queue() throws Exception {
    String dlq =
        TestRabbit.get().queue(Destinations.ORG_UNIT_CHANGED, "directive-service") + ".dlq";
    long before = broker.messageCount(dlq);

    broker.publish(Destinations.ORG_UNIT_CHANGED, "{\"eventId\":\"khong-day-du\"}");

    await().atMost(BROKER_WAIT).until(() -> broker.messageCount(dlq) == before + 1);
  }

  @Test
  void the_copy_carries_what_a_delivery_reads_and_a_unit_copied_without_it_gets_it_at_start_up() {
    OrgUnitChanged v1 = DemoUnits.freshUnit("Chi bộ khu phố 3", T1, "ACTIVE");
    units.apply(v1).block(BROKER_WAIT);
    String expected =
        "ACTIVE|COMMUNE_COMMITTEE|" + v1.path() + "|dong-nai"; // freshUnit's kind and tenant
    assertThat(audienceKeyOf(v1.unitId())).isEqualTo(expected);

    // As copied by a version before the key existed.
    mongo
        .updateFirst(
            Query.query(Criteria.where("_id").is(v1.unitId())),
            new Update().unset(AudienceKey.FIELD),
            UnitDocument.COLLECTION)
        .block(BROKER_WAIT);
    assertThat(audienceKeyOf(v1.unitId())).isNull();

    assertThat(backfill.run().block(BROKER_WAIT)).isGreaterThanOrEqualTo(1);
    assertThat(audienceKeyOf(v1.unitId())).isEqualTo(expected);
    assertThat(backfill.run().block(BROKER_WAIT)).as("nothing left to fill").isZero();
  }

  private String audienceKeyOf(String unitId) {
    return mongo
        .findById(unitId, org.bson.Document.class, UnitDocument.COLLECTION)
        .mapNotNull(unit -> unit.getString(AudienceKey.FIELD))
        .block(BROKER_WAIT);
  }
}
