package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.notification.push.model.PushHeaders;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;
import vn.chidao.testsupport.push.ReceivedPush;

/**
 * Web Push end to end: a browser subscribes through the API, a DirectiveDelivered batch arrives
 * over the broker, and the local push service (VAPID checked, payload decrypted) receives what a
 * browser would.
 */
class WebPushIT extends ServiceHarness {

  private static final String SUBJECT =
      "về việc tổ chức Đại hội Đảng bộ các cấp nhiệm kỳ 2025–2030";
  private static final LocalPushService push = LocalPushService.start();
  private static final JsonMapper json = JsonMapper.builder().build();

  @AfterAll
  static void stopPushService() {
    push.close();
  }

  private String clerkWithBrowser(String unit, BrowserSubscription browser) {
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    subscribe(clerk, unit, browser.toJson()).expectStatus().isCreated();
    return clerk;
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec subscribe(
      String username, String unit, String body) {
    return web.post()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(username, unit)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private List<Document> pushDeliveries(String eventId) {
    return mongo
        .find(
            query(where("eventId").is(eventId).and("channel").is("PUSH")),
            Document.class,
            "deliveries")
        .collectList()
        .block();
  }

  @Test
  void a_subscribed_browser_receives_the_decrypted_vietnamese_alert_with_urgency_topic_and_ttl() {
    String unit = unique("unit");
    BrowserSubscription browser = push.subscribe();
    clerkWithBrowser(unit, browser);
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit); // HOA_TOC

    publish(event);

    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 1);
    ReceivedPush received = push.receivedBy(browser).get(0);
    JsonNode payload = json.readTree(received.text());
    assertThat(payload.get("title").asString()).isEqualTo("Văn bản mới: Công văn");
    assertThat(payload.get("body").asString()).isEqualTo(SUBJECT + " — Tỉnh ủy Đồng Nai");
    assertThat(payload.get("directiveId").asString()).isEqualTo(event.directiveId());
    assertThat(payload.get("url").asString())
        .isEqualTo("https://chidao.test/van-ban/" + event.directiveId());
    assertThat(received.urgency()).isEqualTo("high");
    assertThat(received.topic()).isEqualTo(PushHeaders.topicOf(event.directiveId()));
    assertThat(received.ttlSeconds()).isBetween(4 * 3600L - 60, 4 * 3600L);
    assertThat(received.vapidSubject()).isEqualTo("mailto:no-reply@chidao.test");
    String publicKey =
        web.get()
            .uri("/api/notifications/push/vapid-public-key")
            .headers(h -> h.setBearerAuth(token("anyone", unit)))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody()
            .get("publicKey")
            .asString();
    assertThat(received.vapidPublicKey()).isEqualTo(publicKey);
    await()
        .atMost(EVENTUALLY)
        .until(() -> "SENT".equals(pushDeliveries(event.eventId()).get(0).getString("status")));
  }

  @Test
  void the_same_event_twice_pushes_once() {
    String unit = unique("unit");
    BrowserSubscription browser = push.subscribe();
    clerkWithBrowser(unit, browser);
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    publish(event);
    publish(event);

    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                push.receivedBy(browser).size() == 1
                    && pushDeliveries(event.eventId()).size() == 1);
  }

  @Test
  void a_browser_that_is_gone_loses_its_subscription_and_the_delivery_says_why() {
    String unit = unique("unit");
    BrowserSubscription browser = push.subscribe();
    String clerk = clerkWithBrowser(unit, browser);
    push.unsubscribe(browser);
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    publish(event);

    await()
        .atMost(EVENTUALLY)
        .until(
            () ->
                pushDeliveries(event.eventId()).size() == 1
                    && "GAVE_UP"
                        .equals(pushDeliveries(event.eventId()).get(0).getString("status")));
    assertThat(pushDeliveries(event.eventId()).get(0).getString("lastError")).startsWith("410");
    web.get()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(clerk, unit)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$")
        .isEmpty();
    assertThat(push.receivedBy(browser)).isEmpty();
  }

  @Test
  void a_throttled_push_is_delivered_after_the_retry_after_the_push_service_asked_for() {
    String unit = unique("unit");
    BrowserSubscription browser = push.subscribe();
    clerkWithBrowser(unit, browser);
    push.failNext(browser, 429, 1, Duration.ofSeconds(2));
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    publish(event);

    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 1);
    await()
        .atMost(EVENTUALLY)
        .until(() -> "SENT".equals(pushDeliveries(event.eventId()).get(0).getString("status")));
    Document delivery = pushDeliveries(event.eventId()).get(0);
    List<Document> history = delivery.getList("history", Document.class);
    assertThat(history).extracting(h -> h.getString("outcome")).containsExactly("FAILED", "SENT");
    Instant throttledAt = history.get(0).getDate("at").toInstant();
    // The back-off alone (500 ms) would have retried sooner: Retry-After (2 s) was honoured.
    assertThat(push.receivedBy(browser).get(0).receivedAt())
        .isAfterOrEqualTo(throttledAt.plusSeconds(2));
  }

  @Test
  void each_browser_of_a_person_gets_its_own_push() {
    String unit = unique("unit");
    BrowserSubscription laptop = push.subscribe();
    BrowserSubscription phone = push.subscribe();
    String clerk = clerkWithBrowser(unit, laptop);
    subscribe(clerk, unit, phone.toJson()).expectStatus().isCreated();
    subscribe(clerk, unit, phone.toJson()).expectStatus().isOk();
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    publish(event);

    await()
        .atMost(EVENTUALLY)
        .until(() -> push.receivedBy(laptop).size() == 1 && push.receivedBy(phone).size() == 1);
    assertThat(pushDeliveries(event.eventId())).hasSize(2);
  }
}
