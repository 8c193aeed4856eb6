package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;

/** Subscribing and unsubscribing: validation in Vietnamese, ownership, idempotence. */
class PushSubscriptionApiIT extends ServiceHarness {

  private static final LocalPushService push = LocalPushService.start();
  private static final String UNIT = "unit-push-api";

  @AfterAll
  static void stopPushService() {
    push.close();
  }

  private WebTestClient.ResponseSpec post(String username, String body) {
    return web.post()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(username, UNIT)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private WebTestClient.ResponseSpec delete(String username, String endpoint) {
    return web.delete()
        .uri(
            b ->
                b.path("/api/notifications/push/subscriptions")
                    .queryParam("endpoint", "{e}")
                    .build(endpoint))
        .headers(h -> h.setBearerAuth(token(username, UNIT)))
        .exchange();
  }

  private static String subscription(String endpoint, String p256dh, String auth) {
    return "{\"endpoint\":\"%s\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"%s\",\"auth\":\"%s\"}}"
        .formatted(endpoint, p256dh, auth);
  }

  @Test
  void the_vapid_public_key_is_a_p256_point_for_push_manager_subscribe() {
    String key =
        web.get()
            .uri("/api/notifications/push/vapid-public-key")
            .headers(h -> h.setBearerAuth(token(unique("u"), UNIT)))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody()
            .replaceAll(".*\"publicKey\":\"([^\"]+)\".*", "$1");

    assertThat(Base64.getUrlDecoder().decode(key)).hasSize(65).startsWith((byte) 4);
  }

  @Test
  void malformed_subscriptions_are_refused_field_by_field_in_vietnamese() {
    BrowserSubscription browser = push.subscribe();
    String shortKey = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[33]);

    post(unique("u"), subscription("http://push.example.com/x", shortKey, "AAAA"))
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/validation")
        .jsonPath("$.title")
        .isEqualTo("Dữ liệu không hợp lệ")
        .jsonPath("$.errors[0].field")
        .isEqualTo("endpoint")
        .jsonPath("$.errors[0].message")
        .isEqualTo("Địa chỉ endpoint phải dùng https")
        .jsonPath("$.errors[1].field")
        .isEqualTo("keys.p256dh")
        .jsonPath("$.errors[2].field")
        .isEqualTo("keys.auth");
    post(unique("u"), subscription("https://10.1.2.3/push", browser.p256dh(), browser.auth()))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].message")
        .isEqualTo("Địa chỉ endpoint không được trỏ tới máy nội bộ hoặc địa chỉ riêng");
    post(unique("u"), "{\"keys\":null}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(3);
  }

  @Test
  void a_user_sees_and_removes_only_their_own_subscriptions() {
    String owner = unique("vanthu");
    String other = unique("bithu");
    BrowserSubscription browser = push.subscribe();
    post(owner, browser.toJson()).expectStatus().isCreated();
    post(owner, browser.toJson()).expectStatus().isOk();

    web.get()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(other, UNIT)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$")
        .isEmpty();
    delete(other, browser.endpoint())
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/push-subscription-not-found");
    web.get()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(owner, UNIT)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(1)
        .jsonPath("$[0].endpoint")
        .isEqualTo(browser.endpoint());

    delete(owner, browser.endpoint()).expectStatus().isNoContent();
    delete(owner, browser.endpoint()).expectStatus().isNotFound();
  }

  @Test
  void an_unsubscribed_browser_gets_no_further_push() {
    String unit = unique("unit");
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    BrowserSubscription kept = push.subscribe();
    BrowserSubscription dropped = push.subscribe();
    post(clerk, kept.toJson()).expectStatus().isCreated();
    post(clerk, dropped.toJson()).expectStatus().isCreated();
    delete(clerk, dropped.endpoint()).expectStatus().isNoContent();

    DirectiveDelivered event = directive(unique("evt"), "về việc học tập nghị quyết", unit);
    publish(event);

    await().atMost(EVENTUALLY).until(() -> push.receivedBy(kept).size() == 1);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> push.receivedBy(dropped).isEmpty());
  }

  @Test
  void an_account_subscribes_a_bounded_number_of_browsers() {
    String user = unique("vanthu");
    BrowserSubscription first = push.subscribe();
    post(user, first.toJson()).expectStatus().isCreated();
    post(user, push.subscribe().toJson()).expectStatus().isCreated();
    post(user, push.subscribe().toJson()).expectStatus().isCreated();

    post(user, push.subscribe().toJson())
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/push-subscription-limit")
        .jsonPath("$.detail")
        .isEqualTo(
            "Tài khoản đã đăng ký nhận thông báo đẩy trên 3 trình duyệt; hãy hủy đăng ký trên một"
                + " trình duyệt không còn dùng.");
    post(user, first.toJson()).expectStatus().isOk();
  }

  @Test
  void without_a_token_nothing_is_subscribed() {
    web.post()
        .uri("/api/notifications/push/subscriptions")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(push.subscribe().toJson())
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }
}
