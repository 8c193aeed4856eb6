package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;

/**
 * The acceptance: a directive delivered to a unit with two people — one wants e-mail only,
 * the other push only — yields exactly one e-mail and one decrypted push with the right content;
 * the same event again yields nothing new.
 */
class AcceptanceIT extends ServiceHarness {

  private static final String SUBJECT = "về việc lãnh đạo Đại hội chi bộ nhiệm kỳ 2025–2027";
  private static final LocalPushService push = LocalPushService.start();
  private static final JsonMapper json = JsonMapper.builder().build();

  @AfterAll
  static void stopPushService() {
    push.close();
  }

  private void prefer(String username, String unit, String body) {
    web.put()
        .uri("/api/notifications/preferences")
        .headers(h -> h.setBearerAuth(token(username, unit)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void one_e_mail_and_one_push_for_two_people_and_nothing_new_for_the_same_event_again()
      throws Exception {
    String unit = unique("unit");
    String secretary = unique("bithu"); // e-mail only
    String clerk = unique("vanthu"); // push only
    Instant at = Instant.now();
    joins(secretary, unit, "BI_THU", at);
    joins(clerk, unit, "VAN_THU", at);
    awaitMembers(unit, 2);
    prefer(secretary, unit, "{\"channels\":{\"NEW_DIRECTIVE\":{\"email\":true,\"push\":false}}}");
    prefer(clerk, unit, "{\"channels\":{\"NEW_DIRECTIVE\":{\"email\":false,\"push\":true}}}");
    BrowserSubscription browser = push.subscribe();
    web.post()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(clerk, unit)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(browser.toJson())
        .exchange()
        .expectStatus()
        .isCreated();
    BrowserSubscription secretarysBrowser = push.subscribe();
    web.post()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(secretary, unit)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(secretarysBrowser.toJson())
        .exchange()
        .expectStatus()
        .isCreated();
    DirectiveDelivered event = directive(unique("evt"), SUBJECT, unit);

    publish(event);

    await().atMost(EVENTUALLY).until(() -> mailsTo(secretary).size() == 1);
    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 1);
    MimeMessage mail = mailsTo(secretary).get(0);
    assertThat(mail.getSubject()).isEqualTo("[chidao] Văn bản mới: Công văn — " + SUBJECT);
    assertThat(TriggersIT.textOf(mail))
        .contains("Trích yếu: " + SUBJECT)
        .contains("Đơn vị ban hành: Tỉnh ủy Đồng Nai")
        .contains("Độ khẩn: Hỏa tốc")
        .contains("https://chidao.test/van-ban/" + event.directiveId());
    JsonNode payload = json.readTree(push.receivedBy(browser).get(0).text());
    assertThat(payload.get("title").asString()).isEqualTo("Văn bản mới: Công văn");
    assertThat(payload.get("body").asString()).isEqualTo(SUBJECT + " — Tỉnh ủy Đồng Nai");
    assertThat(payload.get("url").asString())
        .isEqualTo("https://chidao.test/van-ban/" + event.directiveId());
    assertThat(push.receivedBy(browser).get(0).urgency()).isEqualTo("high");
    assertThat(mailsTo(clerk)).as("the clerk wanted no e-mail").isEmpty();
    assertThat(push.receivedBy(secretarysBrowser)).as("the secretary wanted no push").isEmpty();
    assertThat(notificationsFor(event.eventId())).as("both have it in the inbox").isEqualTo(2);

    publish(event);

    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                mailsTo(secretary).size() == 1
                    && push.receivedBy(browser).size() == 1
                    && push.receivedBy(secretarysBrowser).isEmpty()
                    && notificationsFor(event.eventId()) == 2);
  }
}
