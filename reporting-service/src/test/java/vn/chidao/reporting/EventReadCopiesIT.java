package vn.chidao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.support.MessageBuilder;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.reporting.directive.DirectiveCopies;
import vn.chidao.reporting.directive.DirectiveCopy;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.org.UnitCopy;
import vn.chidao.testsupport.TestRabbit;

/**
 * Events published to RabbitMQ as producers publish them (StreamBridge, JSON) and consumed by the
 * service's real bindings into its read copies. To know that an event which must change nothing has
 * been handled, a test publishes a marker event after it on the same queue and waits for the
 * marker: the consumer handles one queue's messages in order.
 */
class EventReadCopiesIT extends RunningReportingService {

  static final Instant T0 = Instant.parse("2025-07-01T08:00:00Z");

  @Autowired StreamBridge bridge;
  @Autowired UnitCopies units;
  @Autowired DirectiveCopies directives;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ConnectionFactory rabbit;

  @Test
  void aUnitChangeArrivesThroughTheBrokerIntoTheUnitsCopy() {
    String unitId = newId("dn-tranbien");
    publish(Destinations.ORG_UNIT_CHANGED, unitChanged(unitId, T0, "Đảng ủy phường Trấn Biên"));

    UnitCopy copy = awaitUnit(unitId);
    assertThat(copy.name()).isEqualTo("Đảng ủy phường Trấn Biên");
    assertThat(copy.tenant()).isEqualTo("dong-nai");
    assertThat(copy.path()).isEqualTo("/tw/dong-nai/" + unitId + "/");
    assertThat(copy.occurredAt()).isEqualTo(T0);
  }

  @Test
  void anOlderUnitChangeArrivingLateDoesNotOverwriteANewerOne() {
    String unitId = newId("dn-xuanloc");
    publish(Destinations.ORG_UNIT_CHANGED, unitChanged(unitId, T0.plusSeconds(60), "Tên mới"));
    publish(Destinations.ORG_UNIT_CHANGED, unitChanged(unitId, T0, "Tên cũ"));
    awaitMarkerUnit();

    assertThat(awaitUnit(unitId).name()).isEqualTo("Tên mới");
  }

  @Test
  void aRedeliveredUnitChangeIsANoOpNotAFailure() {
    String unitId = newId("dn-cqd");
    OrgUnitChanged once = unitChanged(unitId, T0, "Đảng ủy các cơ quan Đảng tỉnh");
    long deadBefore = deadLettered(Destinations.ORG_UNIT_CHANGED);
    publish(Destinations.ORG_UNIT_CHANGED, once);
    publish(Destinations.ORG_UNIT_CHANGED, once);
    awaitMarkerUnit();

    assertThat(awaitUnit(unitId).eventId()).isEqualTo(once.eventId());
    assertThat(deadLettered(Destinations.ORG_UNIT_CHANGED)).isEqualTo(deadBefore);
  }

  @Test
  void anIssuedDirectiveArrivesThroughTheBrokerIntoTheDirectivesCopy() {
    DirectiveIssued issued = directiveIssued(newId("d"), UUID.randomUUID().toString());
    publish(Destinations.DIRECTIVE_ISSUED, issued);

    DirectiveCopy copy = awaitDirective(issued.directiveId());
    assertThat(copy.tenant()).isEqualTo("dong-nai");
    assertThat(copy.subject()).isEqualTo("Về tăng cường công tác dân vận trong tình hình mới");
    assertThat(copy.recipientUnitIds()).containsExactly("dn-tranbien", "dn-xuanloc");
    assertThat(copy.eventId()).isEqualTo(issued.eventId());
  }

  @Test
  void anEventIdIsRecordedOnceHoweverOftenItIsDelivered() {
    String eventId = UUID.randomUUID().toString();
    DirectiveIssued issued = directiveIssued(newId("d"), eventId);
    long deadBefore = deadLettered(Destinations.DIRECTIVE_ISSUED);
    publish(Destinations.DIRECTIVE_ISSUED, issued);
    publish(Destinations.DIRECTIVE_ISSUED, issued);
    // Even a broken producer that re-sends the event under another directive id changes nothing.
    publish(Destinations.DIRECTIVE_ISSUED, directiveIssued(newId("d"), eventId));
    awaitMarkerDirective();

    Query sameEvent = Query.query(Criteria.where("eventId").is(eventId));
    assertThat(mongo.count(sameEvent, DirectiveCopy.class).block()).isEqualTo(1);
    assertThat(deadLettered(Destinations.DIRECTIVE_ISSUED)).isEqualTo(deadBefore);
  }

  @Test
  void anUnreadableEventGoesToTheDeadLetterQueueAndConsumptionGoesOn() {
    long before = deadLettered(Destinations.DIRECTIVE_ISSUED);
    bridge.send(
        Destinations.DIRECTIVE_ISSUED,
        MessageBuilder.withPayload("{không phải JSON".getBytes(StandardCharsets.UTF_8)).build());

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> deadLettered(Destinations.DIRECTIVE_ISSUED), count -> count == before + 1);
    awaitMarkerDirective();
  }

  private void publish(String destination, Object event) {
    assertThat(bridge.send(destination, event)).isTrue();
  }

  private UnitCopy awaitUnit(String unitId) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> units.find(unitId).block(), u -> u != null);
  }

  private DirectiveCopy awaitDirective(String directiveId) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> directives.find(directiveId).block(), d -> d != null);
  }

  private void awaitMarkerUnit() {
    String marker = newId("marker");
    publish(Destinations.ORG_UNIT_CHANGED, unitChanged(marker, T0, "marker"));
    awaitUnit(marker);
  }

  private void awaitMarkerDirective() {
    DirectiveIssued marker = directiveIssued(newId("marker"), UUID.randomUUID().toString());
    publish(Destinations.DIRECTIVE_ISSUED, marker);
    awaitDirective(marker.directiveId());
  }

  /** Messages waiting in the reporting-service group's dead-letter queue of a destination. */
  private long deadLettered(String destination) {
    String dlq = TestRabbit.get().queue(destination, "reporting-service") + ".dlq";
    QueueInformation info = new RabbitAdmin(rabbit).getQueueInfo(dlq);
    return info == null ? 0 : info.getMessageCount();
  }

  private static OrgUnitChanged unitChanged(String unitId, Instant occurredAt, String name) {
    return new OrgUnitChanged(
        UUID.randomUUID().toString(),
        occurredAt,
        "dong-nai",
        unitId,
        "dong-nai",
        "/tw/dong-nai/" + unitId + "/",
        "COMMUNE_COMMITTEE",
        name,
        "ĐU",
        "ACTIVE");
  }

  private static DirectiveIssued directiveIssued(String directiveId, String eventId) {
    return new DirectiveIssued(
        eventId,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        "dong-nai",
        directiveId,
        "TT",
        "07-TT/TU",
        "Về tăng cường công tác dân vận trong tình hình mới",
        "dong-nai",
        "Tỉnh ủy Đồng Nai",
        "NORMAL",
        List.of("dn-tranbien", "dn-xuanloc"),
        "tinhuy.vanthu");
  }

  private static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
