package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;
import vn.chidao.testsupport.push.ReceivedPush;

/**
 * "Bật thông báo đẩy trên thiết bị này" from the settings screen. Chromium's own push service
 * (Firebase Cloud Messaging) cannot be reached from this machine, so the browser's subscribe call
 * is exercised as far as it goes and its outcome shown; the rest of the path is proven with
 * test-support's local push service standing in for the browser's push service: the subscription is
 * registered from the signed-in page exactly as the screen does (session cookie, CSRF token, token
 * relay), a directive is issued, and the push arrives VAPID-signed and decrypts to the directive's
 * Vietnamese title. The decrypted message is then handed to the browser's own service worker
 * through DevTools ({@code ServiceWorker.deliverPushMessage}, standing in for the push service's
 * delivery to the browser), which shows it as a notification.
 */
class PushInBrowserIT {

  private static RunningSuite suite;
  private static LocalPushService pushService;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
    pushService = LocalPushService.start();
  }

  @AfterAll
  static void stop() {
    if (pushService != null) {
      pushService.close();
    }
  }

  private static String status(Browser browser) {
    try {
      return browser.driver.findElement(By.id("push-status")).getText();
    } catch (org.openqa.selenium.NoSuchElementException
        | org.openqa.selenium.StaleElementReferenceException notYet) {
      return "";
    }
  }

  @Test
  void enabling_push_from_the_page_registers_the_device_and_a_new_directive_is_pushed_to_it()
      throws Exception {
    try (Browser browser = Browser.phone()) {
      SignIn.as(browser, suite.gatewayUrl, "xuanloc.vanthu", null);
      browser.cdp(
          "Browser.grantPermissions",
          Map.of("origin", suite.gatewayUrl, "permissions", List.of("notifications")));
      browser.driver.get(suite.gatewayUrl + "/cai-dat/thong-bao");
      // The screen first checks what this browser supports and whether it is subscribed.
      browser
          .waiting()
          .until(d -> !status(browser).isEmpty() && !status(browser).startsWith("Đang"));
      String outcome = status(browser);
      if (outcome.startsWith("Chưa bật")) {
        browser.driver.findElement(By.id("push-enable")).click();
        try {
          // Any answer but the initial one: enabled, refused by the push service, not permitted.
          browser.waiting().until(d -> !status(browser).startsWith("Chưa bật"));
          outcome = status(browser);
        } catch (org.openqa.selenium.TimeoutException noAnswer) {
          outcome = "(no answer from Chromium's push service within " + Browser.PATIENCE + ")";
        }
      }
      System.out.println("Chromium's own subscribe: " + outcome);
      browser.screenshot("21-bat-thong-bao-day");

      BrowserSubscription device = pushService.subscribe();
      Object status =
          browser.jsAsync(
              """
              const done = arguments[arguments.length - 1];
              const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '';
              fetch('/api/notifications/push/subscriptions', {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(token)},
                body: arguments[0],
              }).then((r) => done(r.status), (e) => done(String(e)));
              """,
              device.toJson());
      assertThat(status).as("subscription stored through the gateway session").isIn(200L, 201L);

      String subject = "về kiểm tra thông báo đẩy " + System.currentTimeMillis();
      Api.Reply issued =
          new Api(suite.gatewayUrl)
              .post(
                  "/api/directives",
                  suite.token("tinhuy.vanthu"),
                  Map.of(
                      "docType", "CV",
                      "subject", subject,
                      "body", "Đề nghị triển khai.",
                      "urgency", "HOA_TOC",
                      "recipientUnitIds", List.of("dn-xuanloc")));
      assertThat(issued.status()).as(issued.raw()).isEqualTo(201);

      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  pushService.receivedBy(device).stream()
                      .anyMatch(p -> p.text().contains(subject)));
      ReceivedPush push =
          pushService.receivedBy(device).stream()
              .filter(p -> p.text().contains(subject))
              .findFirst()
              .orElseThrow();
      assertThat(push.urgency()).isEqualTo("high");
      assertThat(push.text()).contains("\"directiveId\"");

      // The browser's end: what the local push service received and decrypted is handed to this
      // browser's service worker through DevTools — the step Chromium's own push service would
      // take — and the service worker shows it as a notification.
      try (PageDevTools devTools = PageDevTools.open(browser)) {
        devTools.send("ServiceWorker.enable", Map.of());
        String registrationId =
            await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> registrationOf(devTools, suite.gatewayUrl), id -> id != null);
        devTools.send(
            "ServiceWorker.deliverPushMessage",
            Map.of(
                "origin", suite.gatewayUrl, "registrationId", registrationId, "data", push.text()));
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> shownNotifications(browser), shown -> shown.contains(subject));
      browser.screenshot("21b-thong-bao-day-da-hien");
    }
  }

  /** The id of the app's service worker registration, once DevTools reported it. */
  private static String registrationOf(PageDevTools devTools, String origin) {
    for (var event : devTools.events("ServiceWorker.workerRegistrationUpdated")) {
      for (var registration : event.path("params").path("registrations")) {
        if (registration.path("scopeURL").asString().startsWith(origin)
            && !registration.path("isDeleted").asBoolean()) {
          return registration.path("registrationId").asString();
        }
      }
    }
    return null;
  }

  /** Title and body of every notification the app's service worker is showing. */
  private static String shownNotifications(Browser browser) {
    return String.valueOf(
        browser.jsAsync(
            """
            const done = arguments[arguments.length - 1];
            navigator.serviceWorker.ready
              .then((r) => r.getNotifications())
              .then((ns) => done(ns.map((n) => n.title + ' | ' + n.body).join('\\n')), (e) => done(String(e)));
            """));
  }
}
