package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;

/** Reading chromedriver's performance log back, as in the hang recorded on 25 Nov 2026. */
class NetworkTimelineTest {

  private final List<LogEntry> log = new ArrayList<>();
  private long at = 1_000;

  @Test
  void a_script_of_the_current_page_never_answered_is_told_apart_from_a_left_page_s_stream() {
    navigated("L1", "http://gw/van-ban-den");
    sent("1", "L1", "http://gw/api/notifications/stream", "EventSource");
    answered("1", 200, "text/event-stream");
    navigated("L2", "http://gw/cai-dat/thong-bao");
    sent("2", "L2", "http://gw/app/main.js", "Script");
    sent("3", "L2", "http://gw/app/routes.js", "Script");
    answered("2", 304, "text/javascript");
    event("Network.loadingFinished", "{\"requestId\":\"2\"}");

    String described = NetworkTimeline.of(log, at + 90_000).describe();

    assertThat(described)
        .containsSubsequence(
            "Requests of the current page sent and not finished (1)",
            "GET http://gw/app/routes.js [Script] no response yet",
            "Requests of earlier pages with no end reported (1",
            "GET http://gw/api/notifications/stream [EventSource] 200 text/event-stream",
            "Page.frameNavigated http://gw/cai-dat/thong-bao")
        .doesNotContain("main.js");
  }

  @Test
  void a_request_cancelled_when_the_load_was_stopped_is_listed_as_failed() {
    navigated("L1", "http://gw/thong-bao");
    sent("1", "L1", "http://gw/app/routes.js", "Script");
    event(
        "Network.loadingFailed",
        "{\"requestId\":\"1\",\"errorText\":\"net::ERR_ABORTED\",\"canceled\":true}");

    assertThat(NetworkTimeline.of(log, at).describe())
        .contains("current page sent and not finished (0)")
        .contains("GET http://gw/app/routes.js net::ERR_ABORTED (canceled)");
  }

  private void navigated(String loaderId, String url) {
    event(
        "Page.frameNavigated",
        "{\"frame\":{\"id\":\"F\",\"loaderId\":\"" + loaderId + "\",\"url\":\"" + url + "\"}}");
  }

  private void sent(String id, String loaderId, String url, String type) {
    event(
        "Network.requestWillBeSent",
        "{\"requestId\":\""
            + id
            + "\",\"loaderId\":\""
            + loaderId
            + "\",\"type\":\""
            + type
            + "\",\"request\":{\"method\":\"GET\",\"url\":\""
            + url
            + "\"}}");
  }

  private void answered(String id, int status, String mimeType) {
    event(
        "Network.responseReceived",
        "{\"requestId\":\""
            + id
            + "\",\"response\":{\"status\":"
            + status
            + ",\"mimeType\":\""
            + mimeType
            + "\"}}");
  }

  private void event(String method, String params) {
    at += 10;
    log.add(
        new LogEntry(
            Level.INFO,
            at,
            "{\"message\":{\"method\":\""
                + method
                + "\",\"params\":"
                + params
                + "},\"webview\":\"F\"}"));
  }
}
