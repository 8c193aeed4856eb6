package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' most common step, and where their page loads used to time out: a fresh device
 * signs in and at once opens other screens while the app's service worker is being installed and
 * the bell's live stream is open. The cause was the worker claiming a page while its scripts were
 * loading (one request then never reached the gateway); a page now keeps the worker it was loaded
 * with. More rounds: {@code -Dchidao.e2e.sign-in-rounds=N}.
 */
class PageLoadAfterSignInIT {

  private static final List<String> SCREENS =
      List.of("/thong-bao", "/cai-dat/thong-bao", "/van-ban-di", "/bao-cao");

  /** Whether the page is controlled by a worker, and whether its own load went through one. */
  private static final String WORKER_OF_PAGE =
      "const n = performance.getEntriesByType('navigation')[0];"
          + " return {controlled: navigator.serviceWorker.controller !== null,"
          + " loadedThroughWorker: n.workerStart > 0, state: document.readyState,"
          + " loadEventEnd: n.loadEventEnd};";

  private static RunningSuite suite;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
  }

  @Test
  void screens_opened_right_after_signing_in_finish_loading() throws Exception {
    int rounds = Integer.getInteger("chidao.e2e.sign-in-rounds", 3);
    for (int round = 0; round < rounds; round++) {
      try (Browser browser = round % 2 == 0 ? Browser.phone() : Browser.desktop()) {
        SignIn.as(browser, suite.gatewayUrl, WebAppIT.READER, null);
        for (String screen : SCREENS) {
          // Within the page-load timeout, or this throws with what the browser was waiting for.
          browser.driver.get(suite.gatewayUrl + screen);
          Map<String, Object> page = page(browser);
          assertThat(page.get("state")).as(screen).isEqualTo("complete");
          assertThat(page.get("controlled"))
              .as("%s: controlled exactly when loaded through the worker (%s)", screen, page)
              .isEqualTo(page.get("loadedThroughWorker"));
        }
      }
    }
  }

  @Test
  void the_service_worker_never_takes_over_a_page_it_did_not_load() throws Exception {
    try (Browser browser = Browser.phone()) {
      SignIn.as(browser, suite.gatewayUrl, WebAppIT.READER, null);
      browser.jsAsync(ServiceWorkers.AWAIT_ACTIVATED);
      Map<String, Object> signedIn = page(browser);
      assertThat(signedIn)
          .as("the page loaded before the worker was installed keeps loading without it")
          .containsEntry("loadedThroughWorker", false)
          .containsEntry("controlled", false);

      browser.driver.get(suite.gatewayUrl + "/thong-bao");
      assertThat(page(browser))
          .as("the next page is loaded and served by it")
          .containsEntry("loadedThroughWorker", true)
          .containsEntry("controlled", true);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> page(Browser browser) {
    return (Map<String, Object>) browser.js(WORKER_OF_PAGE);
  }
}
