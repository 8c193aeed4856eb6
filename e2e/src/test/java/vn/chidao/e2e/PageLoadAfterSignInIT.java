package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' most common step, and where their page loads time out now and then ("Timed out
 * receiving message from renderer"): a fresh device signs in and at once opens other screens while
 * the app's service worker is being installed and the bell's live stream is open. It reproduces
 * that hang about once in 550 page loads here; when it happens the failure carries what the browser
 * was waiting for (HangEvidence). More rounds: {@code -Dchidao.e2e.sign-in-rounds=N}.
 */
class PageLoadAfterSignInIT {

  private static final List<String> SCREENS =
      List.of("/thong-bao", "/cai-dat/thong-bao", "/van-ban-di", "/bao-cao");

  private static RunningSuite suite;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
  }

  @Test
  void screens_opened_right_after_signing_in_finish_loading() throws Exception {
    int rounds = Integer.getInteger("chidao.e2e.sign-in-rounds", 1);
    for (int round = 0; round < rounds; round++) {
      try (Browser browser = round % 2 == 0 ? Browser.phone() : Browser.desktop()) {
        SignIn.as(browser, suite.gatewayUrl, WebAppIT.READER, null);
        for (String screen : SCREENS) {
          // Within the page-load timeout, or this throws with what the browser was waiting for.
          browser.driver.get(suite.gatewayUrl + screen);
          assertThat(browser.js("return document.readyState;")).as(screen).isEqualTo("complete");
        }
      }
    }
  }
}
