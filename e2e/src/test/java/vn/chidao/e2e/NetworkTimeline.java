package vn.chidao.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;

/**
 * Chromium's DevTools events from chromedriver's {@code performance} log, read back as: requests
 * sent and not finished (with their age), requests that failed, and the page's own events
 * (navigations, DOMContentLoaded, load, a crashed or detached renderer).
 */
final class NetworkTimeline {

  private static final int LAST_PAGE_EVENTS = 40;
  private static final int LAST_FAILURES = 20;

  /** A request in flight, as far as the events tell. */
  private record Request(
      String method, String url, String type, String loaderId, long sentAt, String response) {

    Request answered(String status) {
      return new Request(method, url, type, loaderId, sentAt, status);
    }
  }

  private final Map<String, Request> pending = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> pageEvents = new ArrayList<>();
  private final long now;
  private String currentLoaderId = "";
  private long firstAt = -1;

  private NetworkTimeline(long now) {
    this.now = now;
  }

  static NetworkTimeline of(List<LogEntry> entries, long now) {
    NetworkTimeline timeline = new NetworkTimeline(now);
    entries.forEach(timeline::add);
    return timeline;
  }

  private void add(LogEntry entry) {
    if (firstAt < 0) {
      firstAt = entry.getTimestamp();
    }
    JsonNode message = HangEvidence.parse(entry.getMessage()).path("message");
    String method = message.path("method").asString();
    JsonNode params = message.path("params");
    String id = params.path("requestId").asString();
    switch (method) {
      case "Network.requestWillBeSent" -> {
        Request known = pending.get(id);
        JsonNode request = params.path("request");
        pending.put(
            id,
            new Request(
                request.path("method").asString(),
                request.path("url").asString(),
                params.path("type").asString(),
                params.path("loaderId").asString(),
                known != null ? known.sentAt() : entry.getTimestamp(),
                known != null ? "redirected" : null));
      }
      case "Network.responseReceived" -> {
        Request known = pending.get(id);
        if (known != null) {
          JsonNode response = params.path("response");
          pending.put(
              id,
              known.answered(
                  response.path("status").asInt()
                      + " "
                      + response.path("mimeType").asString()
                      + (response.path("fromServiceWorker").asBoolean()
                          ? " (service worker)"
                          : "")));
        }
      }
      case "Network.loadingFinished" -> pending.remove(id);
      case "Network.loadingFailed" -> {
        Request failed = pending.remove(id);
        keep(
            failures,
            LAST_FAILURES,
            at(entry)
                + (failed == null ? id : failed.method() + " " + failed.url())
                + " "
                + params.path("errorText").asString()
                + (params.path("canceled").asBoolean() ? " (canceled)" : ""));
      }
      default -> {
        JsonNode frame = params.path("frame");
        if (method.equals("Page.frameNavigated") && !frame.has("parentId")) {
          currentLoaderId = frame.path("loaderId").asString();
        }
        if (method.startsWith("Page.") || method.startsWith("Inspector.")) {
          keep(pageEvents, LAST_PAGE_EVENTS, at(entry) + method + pageDetail(method, params));
        }
      }
    }
  }

  private static String pageDetail(String method, JsonNode params) {
    return switch (method) {
      case "Page.frameNavigated" -> " " + params.path("frame").path("url").asString();
      case "Page.frameRequestedNavigation", "Page.frameScheduledNavigation" ->
          " " + params.path("url").asString() + " " + params.path("reason").asString();
      case "Page.lifecycleEvent" -> " " + params.path("name").asString();
      case "Inspector.detached" -> " " + params.path("reason").asString();
      default -> "";
    };
  }

  private String at(LogEntry entry) {
    return String.format(Locale.ROOT, "%8.3f s  ", (entry.getTimestamp() - firstAt) / 1000.0);
  }

  private static void keep(List<String> list, int max, String line) {
    list.add(line);
    if (list.size() > max) {
      list.remove(0);
    }
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    // Chromium does not report the end of an unloaded page's requests (its live stream, say).
    List<Request> current =
        pending.values().stream().filter(r -> r.loaderId().equals(currentLoaderId)).toList();
    out.append("Requests of the current page sent and not finished (")
        .append(current.size())
        .append("), oldest first:\n");
    describe(current, out);
    List<Request> earlier =
        pending.values().stream().filter(r -> !r.loaderId().equals(currentLoaderId)).toList();
    out.append("Requests of earlier pages with no end reported (")
        .append(earlier.size())
        .append("; usually ended as the page was left):\n");
    describe(earlier, out);
    out.append("Page events (last ")
        .append(LAST_PAGE_EVENTS)
        .append(", seconds since the log began):\n");
    pageEvents.forEach(line -> out.append("  ").append(line).append('\n'));
    out.append("Failed requests (last ").append(LAST_FAILURES).append("):\n");
    failures.forEach(line -> out.append("  ").append(line).append('\n'));
    return out.toString();
  }

  private void describe(List<Request> requests, StringBuilder out) {
    for (Request request : requests) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %6.1f s ago  %s %s [%s] %s%n",
              (now - request.sentAt()) / 1000.0,
              request.method(),
              request.url(),
              request.type(),
              request.response() == null ? "no response yet" : request.response()));
    }
  }
}
