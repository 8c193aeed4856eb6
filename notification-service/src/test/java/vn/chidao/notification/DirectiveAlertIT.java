package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.notification.alert.adapter.in.EventAlerts;
import vn.chidao.notification.alert.application.Alerting;
import vn.chidao.testsupport.TestRabbit;

class DirectiveAlertIT extends ServiceHarness {

  private static final String SUBJECT = "về việc tăng cường công tác dân vận trong tình hình mới";

  @Autowired RabbitTemplate rabbit;
  @Autowired Alerting alerting;

  @Value("${spring.cloud.stream.bindings.directiveDelivered-in-0.destination}")
  String directiveDestination;

  @Value("${spring.cloud.stream.bindings.membershipChanged-in-0.destination}")
  String membershipDestination;

  @Test
  void the_bindings_listen_to_the_shared_destination_names() {
    assertThat(directiveDestination).isEqualTo(Destinations.DIRECTIVE_DELIVERED);
    assertThat(membershipDestination).isEqualTo(Destinations.MEMBERSHIP_CHANGED);
  }

  @Test
  void a_directive_reaches_the_units_secretary_and_clerk_by_inbox_and_e_mail() throws Exception {
    String unit = unique("unit");
    String secretary = unique("bithu");
    String clerk = unique("vanthu");
    String admin = unique("quantri");
    Instant joined = Instant.now();
    joins(secretary, unit, "BI_THU", joined);
    joins(clerk, unit, "VAN_THU", joined);
    joins(admin, unit, "QUAN_TRI", joined);
    awaitMembers(unit, 3);

    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);
    publish(event);

    await()
        .atMost(EVENTUALLY)
        .until(() -> mailsTo(secretary).size() == 1 && mailsTo(clerk).size() == 1);
    MimeMessage mail = mailsTo(clerk).get(0);
    assertThat(mail.getSubject()).isEqualTo("[chidao] Văn bản mới: Công văn — " + SUBJECT);
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress())
        .isEqualTo(clerk + "@chidao.test");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("no-reply@chidao.test");
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    assertThat(notificationsFor(event.eventId())).isEqualTo(2);
    assertThat(mailsTo(admin)).isEmpty();
    await().atMost(EVENTUALLY).until(() -> deliveries(event.eventId(), "SENT") == 2);

    String body =
        web.get()
            .uri("/api/notifications")
            .headers(h -> h.setBearerAuth(token(clerk, unit)))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(body)
        .contains("\"directiveId\":\"" + event.directiveId() + "\"")
        .contains("\"title\":\"Văn bản mới: Công văn\"")
        .contains("\"urgency\":\"HOA_TOC\"")
        .contains("\"unread\":1");
    web.get()
        .uri("/api/notifications")
        .headers(h -> h.setBearerAuth(token(admin, unit)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items")
        .isEmpty()
        .jsonPath("$.total")
        .isEqualTo(0);
  }

  @Test
  void the_same_event_delivered_twice_sends_one_e_mail() {
    String unit = unique("unit");
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    publish(event);
    publish(event);

    await().atMost(EVENTUALLY).until(() -> deliveries(event.eventId(), "SENT") == 1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mailsTo(clerk).size() == 1 && notificationsFor(event.eventId()) == 1);
  }

  @Test
  void copies_of_one_event_processed_at_the_same_time_send_one_e_mail_each() {
    String unit = unique("unit");
    String secretary = unique("bithu");
    String deputy = unique("phobithu");
    Instant joined = Instant.now();
    joins(secretary, unit, "BI_THU", joined);
    joins(deputy, unit, "PHO_BI_THU", joined);
    awaitMembers(unit, 2);
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    // Copies on the broker (several in flight: prefetch > 1) and straight into the use case.
    for (int i = 0; i < 4; i++) {
      publish(event);
    }
    Flux.range(0, 6)
        .flatMap(i -> alerting.alert(EventAlerts.of(event)).subscribeOn(Schedulers.parallel()))
        .then()
        .block(EVENTUALLY);

    await().atMost(EVENTUALLY).until(() -> deliveries(event.eventId(), "SENT") == 2);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                mailsTo(secretary).size() == 1
                    && mailsTo(deputy).size() == 1
                    && notificationsFor(event.eventId()) == 2);
  }

  @Test
  void unreadable_and_unusable_events_go_to_the_dead_letter_queue_without_blocking_others() {
    String unit = unique("unit");
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    String dlq =
        TestRabbit.get().queue(Destinations.DIRECTIVE_DELIVERED, "notification-service") + ".dlq";
    while (rabbit.receive(dlq) != null) {
      // empty what earlier runs in this JVM left
    }

    bridge.send(
        Destinations.DIRECTIVE_DELIVERED,
        MessageBuilder.withPayload("{\"eventId\": \"broken".getBytes(StandardCharsets.UTF_8))
            .setHeader("contentType", "application/json")
            .build());
    publish(directive(null, "không có mã sự kiện", unit));
    DirectiveDelivered good = directive(unique("evt"), SUBJECT, unit);
    publish(good);

    await().atMost(EVENTUALLY).until(() -> mailsTo(clerk).size() == 1);
    List<String> deadLetters = new ArrayList<>();
    await()
        .atMost(EVENTUALLY)
        .until(
            () -> {
              Message dead = rabbit.receive(dlq);
              if (dead != null) {
                Map<String, Object> headers = dead.getMessageProperties().getHeaders();
                deadLetters.add(
                    headers.get("x-chidao-reason")
                        + " | "
                        + headers.get("x-exception-message")
                        + " | "
                        + new String(dead.getBody(), StandardCharsets.UTF_8));
              }
              return deadLetters.size() == 2;
            });
    // Each copy on the DLQ says why, in the headers an operator's tools show.
    assertThat(deadLetters)
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith(
                        "payload is not a readable DirectiveDelivered | payload is not a readable"
                            + " DirectiveDelivered | ")
                    .contains("broken"))
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith(
                        "DirectiveDelivered cannot be alerted about: eventId is required | ")
                    .contains("không có mã sự kiện"));
    // Why each was dead-lettered is also kept beside the DLQ.
    List<String> reasons =
        mongo
            .find(query(where("binding").is("directiveDelivered")), Document.class, "dead_letters")
            .map(d -> d.getString("reason") + " | " + d.getString("payload"))
            .collectList()
            .block();
    assertThat(reasons)
        .anySatisfy(
            r -> assertThat(r).contains("payload is not a readable DirectiveDelivered", "broken"))
        .anySatisfy(
            r ->
                assertThat(r)
                    .contains("DirectiveDelivered cannot be alerted about: eventId is required")
                    .contains("không có mã sự kiện"));
  }

  @Test
  void an_e_mail_that_failed_while_smtp_was_down_is_recorded_and_sent_once_it_is_back() {
    String unit = unique("unit");
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    stopSmtp();
    try {
      publish(event);
      await().atMost(EVENTUALLY).until(() -> deliveries(event.eventId(), "FAILED") == 1);
      assertThat(notificationsFor(event.eventId()))
          .as("the inbox does not wait for SMTP")
          .isEqualTo(1);
      assertThat(lastError(event.eventId())).contains("Connection refused");
    } finally {
      restartSmtp();
    }

    await().atMost(EVENTUALLY).until(() -> deliveries(event.eventId(), "SENT") == 1);
    assertThat(mailsTo(clerk)).hasSize(1);
  }

  private String lastError(String eventId) {
    return mongo
        .findOne(query(where("eventId").is(eventId)), Document.class, "deliveries")
        .map(d -> d.getString("lastError"))
        .block();
  }
}
