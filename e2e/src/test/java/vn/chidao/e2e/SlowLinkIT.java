package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The inbox on a slow mobile link, as officials in mountain communes have it: Chromium's network
 * emulation (DevTools protocol) at 1.6 Mbps down and up with 150 ms latency. Measures the first
 * load (no HTTP cache, no service worker) and the repeat visit (shell from the service worker's
 * cache) and prints the figures; timing is reported, not asserted (the machine is shared).
 */
class SlowLinkIT {

  private static final long BYTES_PER_SECOND = 1_600_000 / 8;
  private static final String SIZES =
      """
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const ready = performance.getEntriesByName('chidao-inbox-ready')[0];
      return {
        transferred: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
        requests: 1 + resources.length,
        fromNetwork: 1 + resources.filter((r) => r.transferSize > 0).length,
        usableMs: ready ? Math.round(ready.startTime) : -1,
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
        controlled: navigator.serviceWorker.controller !== null,
      };
      """;

  private static RunningSuite suite;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
  }

  @Test
  void the_inbox_on_a_throttled_link_first_load_and_repeat_visit() throws Exception {
    try (Browser browser = Browser.phone()) {
      SignIn.as(browser, suite.gatewayUrl, WebAppIT.READER, null);
      browser.await(By.cssSelector("#inbox-list li"));

      // Forget everything but the session cookie: no HTTP cache, no service worker, no caches.
      browser.driver.get("about:blank");
      browser.cdp(
          "Storage.clearDataForOrigin",
          Map.of("origin", suite.gatewayUrl, "storageTypes", "service_workers,cache_storage"));
      browser.cdp("Network.clearBrowserCache", Map.of());
      browser.cdp("Network.enable", Map.of());
      browser.cdp(
          "Network.emulateNetworkConditions",
          Map.of(
              "offline",
              false,
              "latency",
              150,
              "downloadThroughput",
              BYTES_PER_SECOND,
              "uploadThroughput",
              BYTES_PER_SECOND));

      long firstStart = System.nanoTime();
      browser.driver.get(suite.gatewayUrl + "/van-ban-den");
      browser.await(By.cssSelector("#inbox-list li"));
      long firstWall = (System.nanoTime() - firstStart) / 1_000_000;
      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) browser.js(SIZES);
      browser.screenshot("20-van-ban-den-mang-cham");

      // The service worker installs (caching the shell) and takes control of the page.
      browser
          .waiting()
          .until(
              d ->
                  Boolean.TRUE.equals(
                      browser.js("return navigator.serviceWorker.controller !== null;")));
      browser.driver.get("about:blank");
      long repeatStart = System.nanoTime();
      browser.driver.get(suite.gatewayUrl + "/van-ban-den");
      browser.await(By.cssSelector("#inbox-list li"));
      long repeatWall = (System.nanoTime() - repeatStart) / 1_000_000;
      @SuppressWarnings("unchecked")
      Map<String, Object> repeat = (Map<String, Object>) browser.js(SIZES);

      System.out.printf(
          "%nInbox on 1.6 Mbps / 150 ms (Chromium network emulation):%n"
              + "  first load:   %,d bytes transferred, %s requests (%s over the network),"
              + " list on screen after %s ms (DOMContentLoaded %s ms, wall %d ms)%n"
              + "  repeat visit: %,d bytes transferred, %s requests (%s over the network),"
              + " list on screen after %s ms (DOMContentLoaded %s ms, wall %d ms),"
              + " service worker in control: %s%n",
          ((Number) first.get("transferred")).longValue(),
          first.get("requests"),
          first.get("fromNetwork"),
          first.get("usableMs"),
          first.get("domContentLoadedMs"),
          firstWall,
          ((Number) repeat.get("transferred")).longValue(),
          repeat.get("requests"),
          repeat.get("fromNetwork"),
          repeat.get("usableMs"),
          repeat.get("domContentLoadedMs"),
          repeatWall,
          repeat.get("controlled"));

      // The first load came over the network only (the worker registers during it, so it may
      // already be in control when the list shows); the repeat visit is served by the worker.
      assertThat(first.get("fromNetwork")).isEqualTo(first.get("requests"));
      assertThat(repeat.get("controlled")).isEqualTo(true);
      assertThat(((Number) repeat.get("fromNetwork")).longValue())
          .as("the repeat visit takes the app's files from the service worker")
          .isLessThan(((Number) first.get("fromNetwork")).longValue());
    }
  }

  @Test
  void a_directive_once_opened_stays_readable_offline() throws Exception {
    try (Browser browser = Browser.phone()) {
      Api.Reply issued =
          new Api(suite.gatewayUrl)
              .post(
                  "/api/directives",
                  suite.token(WebAppIT.ISSUER),
                  Map.of(
                      "docType",
                      "CV",
                      "subject",
                      "về đọc văn bản khi mất mạng " + System.currentTimeMillis(),
                      "body",
                      "Văn bản đã mở vẫn đọc được khi không có kết nối.",
                      "recipientUnitIds",
                      List.of("dn-tranbien")));
      assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
      String address = suite.gatewayUrl + "/van-ban/" + issued.json().path("id").asString();

      SignIn.as(browser, suite.gatewayUrl, WebAppIT.READER, null);
      // The app's service worker is active; the directive's page is then loaded under it.
      browser.jsAsync(
          "const done = arguments[arguments.length - 1];"
              + " navigator.serviceWorker.ready.then(() => done(true));");
      browser.driver.get(address);
      String text = browser.await(By.cssSelector(".official")).getText();
      assertThat(browser.js("return navigator.serviceWorker.controller !== null;")).isEqualTo(true);

      browser.driver.get("about:blank");
      browser.cdp("Network.enable", Map.of());
      browser.cdp(
          "Network.emulateNetworkConditions",
          Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      browser.driver.get(address);
      // Truly offline, service worker included: an answer it never kept cannot be had.
      Object uncached =
          browser.jsAsync(
              """
              const done = arguments[arguments.length - 1];
              fetch('/api/directives?q=khong-co-trong-bo-nho-' + Date.now())
                .then((r) => done('status ' + r.status), (e) => done('failed'));
              """);
      assertThat(uncached).as("nothing new reaches the server while offline").isEqualTo("failed");
      String offline = browser.await(By.cssSelector(".official")).getText();
      browser.screenshot("27-van-ban-doc-khi-mat-mang");
      assertThat(offline).as("the same directive, from the service worker").isEqualTo(text);
      assertThat(offline).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
    }
  }
}
