package vn.chidao.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.CommandPayload;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser was waiting for when a page load timed out, written to {@code
 * e2e/target/hang-evidence/<time>-<browser>/} and printed: the requests Chromium had sent and not
 * finished (from its DevTools network events, the {@code performance} log), the page's load events,
 * requests that failed, the browser console, the page's state and a screenshot taken over a
 * DevTools connection of our own (chromedriver itself may still be waiting for the page).
 */
final class HangEvidence {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final Path DIRECTORY =
      Paths.get(System.getProperty("chidao.root", ".."), "e2e/target/hang-evidence");
  private static final String PAGE_STATE =
      "JSON.stringify({url: location.href, readyState: document.readyState,"
          + " worker: navigator.serviceWorker && navigator.serviceWorker.controller"
          + " ? navigator.serviceWorker.controller.state : null,"
          + " timing: performance.getEntriesByType('navigation').map(n => ({type: n.type,"
          + " responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd,"
          + " loadEventEnd: n.loadEventEnd}))})";

  /** What else to keep when a page load hangs (the suite adds its services' thread dumps). */
  private static final List<Consumer<Path>> ALSO = new CopyOnWriteArrayList<>();

  private final String browserName;
  private final Browser browser;
  private Path recorded;

  HangEvidence(String browserName, Browser browser) {
    this.browserName = browserName;
    this.browser = browser;
  }

  static void alsoRecord(Consumer<Path> recorder) {
    ALSO.add(recorder);
  }

  static boolean isRendererTimeout(TimeoutException e) {
    return String.valueOf(e.getMessage()).contains("receiving message from renderer");
  }

  /** Writes everything it can get; returns the summary (also printed). Never throws. */
  String record(ChromeDriver driver, CommandPayload command, boolean driverAnswers) {
    Path dir =
        DIRECTORY.resolve(
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-"
                + browserName);
    StringBuilder summary = new StringBuilder();
    summary
        .append(driverAnswers ? "Renderer timeout on " : "chromedriver stopped answering on ")
        .append(command.getName())
        .append(' ')
        .append(command.getParameters())
        .append(" (evidence in ")
        .append(dir.toAbsolutePath().normalize())
        .append(")\n");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      summary.append("(no evidence directory: ").append(e).append(")\n");
    }
    if (driverAnswers) {
      browserLogs(driver, dir, summary);
    } else {
      summary.append("(chromedriver does not answer: its logs were not asked for)\n");
    }
    pageStateAndScreenshot(dir, summary);
    for (Consumer<Path> recorder : ALSO) {
      try {
        recorder.accept(dir);
      } catch (RuntimeException e) {
        summary.append("(server-side evidence not recorded: ").append(e).append(")\n");
      }
    }
    recorded = dir;
    try {
      Files.writeString(dir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    } catch (IOException e) {
      summary.append("(summary not written: ").append(e).append(")\n");
    }
    System.out.println(summary);
    return summary.toString();
  }

  private static void browserLogs(ChromeDriver driver, Path dir, StringBuilder summary) {
    try {
      List<LogEntry> performance = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
      Files.write(dir.resolve("performance.jsonl"), messages(performance));
      summary.append(NetworkTimeline.of(performance, System.currentTimeMillis()).describe());
      List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
      Files.write(dir.resolve("console.txt"), messages(console));
      summary.append("Console (last 10):\n");
      console.stream()
          .skip(Math.max(0, console.size() - 10))
          .forEach(
              e ->
                  summary
                      .append("  ")
                      .append(e.getLevel())
                      .append(' ')
                      .append(e.getMessage())
                      .append('\n'));
    } catch (RuntimeException | IOException e) {
      summary.append("(browser logs not available: ").append(e).append(")\n");
    }
  }

  /** Copies a file the browser completes only as it exits, when a hang was recorded. */
  void keep(Path file) {
    if (recorded != null && Files.exists(file)) {
      try {
        Files.copy(file, recorded.resolve(file.getFileName()));
      } catch (IOException e) {
        System.out.println("Could not keep " + file + ": " + e);
      }
    }
  }

  private void pageStateAndScreenshot(Path dir, StringBuilder summary) {
    try (PageDevTools devTools = PageDevTools.open(browser)) {
      JsonNode state =
          devTools.send(
              "Runtime.evaluate", Map.of("expression", PAGE_STATE, "returnByValue", true));
      summary
          .append("Page state: ")
          .append(state.path("result").path("value").asString())
          .append('\n');
      JsonNode shot = devTools.send("Page.captureScreenshot", Map.of("format", "png"));
      Files.write(
          dir.resolve("screenshot.png"), Base64.getDecoder().decode(shot.path("data").asString()));
    } catch (Exception e) {
      summary.append("(page state or screenshot not available: ").append(e).append(")\n");
    }
  }

  private static List<String> messages(List<LogEntry> entries) {
    List<String> lines = new ArrayList<>(entries.size());
    for (LogEntry entry : entries) {
      lines.add(entry.getTimestamp() + " " + entry.getMessage());
    }
    return lines;
  }

  static JsonNode parse(String message) {
    return JSON.readTree(message);
  }
}
