package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TokenSpec;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;

/** "How many people of the audience were reached, on which channel" — for the issuer only. */
class DeliveryReportIT extends ServiceHarness {

  private static final LocalPushService push = LocalPushService.start();

  @AfterAll
  static void stopPushService() {
    push.close();
  }

  private WebTestClient.ResponseSpec report(String token, String directiveId, String params) {
    return web.get()
        .uri("/api/notifications/directives/" + directiveId + "/deliveries" + params)
        .headers(h -> h.setBearerAuth(token))
        .exchange();
  }

  private static String issuerToken() {
    return token(unique("vanthu.tinhuy"), ISSUER_UNIT);
  }

  @Test
  void the_issuer_sees_people_reached_per_channel_and_the_failures() {
    String unit = unique("unit");
    String secretary = unique("bithu");
    String clerk = unique("vanthu");
    Instant at = Instant.now();
    joins(secretary, unit, "BI_THU", at);
    joins(clerk, unit, "VAN_THU", at);
    awaitMembers(unit, 2);
    BrowserSubscription working = push.subscribe();
    BrowserSubscription gone = push.subscribe();
    for (BrowserSubscription browser : new BrowserSubscription[] {working, gone}) {
      web.post()
          .uri("/api/notifications/push/subscriptions")
          .headers(h -> h.setBearerAuth(token(clerk, unit)))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(browser.toJson())
          .exchange()
          .expectStatus()
          .isCreated();
    }
    push.unsubscribe(gone); // the push service answers 410 for it
    DirectiveDelivered event = directive(unique("evt"), "về việc kiểm tra nhật ký", unit);

    publish(event);

    await().atMost(EVENTUALLY).until(() -> deliveries(event.eventId(), "SENT") == 3);
    await().atMost(EVENTUALLY).until(() -> deliveries(event.eventId(), "GAVE_UP") == 1);
    report(issuerToken(), event.directiveId(), "")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.issuerUnitId")
        .isEqualTo(ISSUER_UNIT)
        .jsonPath("$.inApp.recorded")
        .isEqualTo(2)
        .jsonPath("$.reached.IN_APP")
        .isEqualTo(2)
        .jsonPath("$.reached.EMAIL")
        .isEqualTo(2)
        .jsonPath("$.reached.PUSH")
        .isEqualTo(1)
        .jsonPath("$.channels.EMAIL.SENT")
        .isEqualTo(2)
        .jsonPath("$.channels.PUSH.SENT")
        .isEqualTo(1)
        .jsonPath("$.channels.PUSH.GAVE_UP")
        .isEqualTo(1)
        .jsonPath("$.channels.EMAIL.HELD")
        .isEqualTo(0)
        .jsonPath("$.failures.total")
        .isEqualTo(1)
        .jsonPath("$.failures.items[0].username")
        .isEqualTo(clerk)
        .jsonPath("$.failures.items[0].channel")
        .isEqualTo("PUSH")
        .jsonPath("$.failures.items[0].reason")
        .value(reason -> assertThat((String) reason).contains("410"));

    String central =
        LocalJwtIssuer.shared()
            .token(TokenSpec.of(unique("tw"), "tw", "/tw/", "trung-uong", "central-admin"));
    report(central, event.directiveId(), "?page=0&size=1").expectStatus().isOk();
  }

  @Test
  void anyone_outside_the_issuer_unit_and_the_centre_is_answered_not_found() {
    String unit = unique("unit");
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    DirectiveDelivered event = directive(unique("evt"), "về việc bảo mật nhật ký", unit);
    publish(event);
    await().atMost(EVENTUALLY).until(() -> notificationsFor(event.eventId()) == 1);

    report(token(clerk, unit), event.directiveId(), "")
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .value(type -> assertThat((String) type).endsWith("directive-deliveries-not-found"));
    report(issuerToken(), "no-such-directive", "").expectStatus().isNotFound();
    report(issuerToken(), event.directiveId(), "?size=0")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    report(issuerToken(), event.directiveId(), "?kind=REPORT_OVERDUE")
        .expectStatus()
        .isBadRequest();
    web.get()
        .uri("/api/notifications/directives/" + event.directiveId() + "/deliveries")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }
}
