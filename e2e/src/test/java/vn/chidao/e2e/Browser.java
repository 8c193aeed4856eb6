package vn.chidao.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (the Debian {@code chromium} package) driven through its {@code
 * chromedriver}, one fresh profile per instance: its own cookies, service workers and caches, like
 * a separate device. Screenshots go to {@code e2e/target/screenshots/}. Tests that need it skip,
 * with a message, only when no Chromium is installed.
 */
final class Browser implements AutoCloseable {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
  static final Path SCREENSHOTS =
      Paths.get(System.getProperty("chidao.root", ".."), "e2e/target/screenshots");

  private static final AtomicInteger STARTED = new AtomicInteger();
  static final Path DRIVER_LOGS =
      Paths.get(System.getProperty("chidao.root", ".."), "e2e/target/chromedriver");

  private static final String NET_LOG = "netlog.json";

  final ChromeDriver driver;
  private final HangEvidence evidence;
  private final Path profile;
  private final Path driverLog;

  private Browser(int width, int height) throws IOException {
    profile = Files.createTempDirectory("chidao-chromium");
    String name = "browser-" + STARTED.incrementAndGet();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(find(BROWSERS).orElseThrow());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--lang=vi",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile,
        // Chromium's own network log (sockets, HTTP cache, service worker hops), kept only when a
        // page load hung (HangEvidence): the one record of a request that never reached a server.
        "--log-net-log=" + profile.resolve(NET_LOG),
        "--net-log-capture-mode=Default");
    // Keycloak picks the page language from Accept-Language: an official's browser asks for vi.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
    // The browser's DevTools network and page events and its console, kept by chromedriver, so a
    // page load that times out can say what it was waiting for (HangEvidence).
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption(
        "perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", true));
    Files.createDirectories(DRIVER_LOGS);
    driverLog = DRIVER_LOGS.resolve(name + ".log");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Paths.get(find(DRIVERS).orElseThrow()).toFile())
            .usingAnyFreePort()
            .withLogFile(driverLog.toFile())
            .withLogLevel(
                ChromiumDriverLogLevel.fromString(
                    System.getProperty("chidao.e2e.chromedriver-log", "INFO")))
            .build();
    evidence = new HangEvidence(name, this);
    driver = new WatchedChromeDriver(service, options, evidence);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  /** Skips the calling test when this machine has no Chromium or no chromedriver. */
  static void assumeInstalled() {
    assumeTrue(
        find(BROWSERS).isPresent() && find(DRIVERS).isPresent(),
        "No Chromium installed (apt-get install chromium chromium-driver): browser tests skipped");
  }

  /**
   * A phone: a 360 px wide viewport. Headless Chromium keeps windows at least 500 px wide, so the
   * width is set through device emulation (DevTools), as the browser's own phone mode does.
   */
  static Browser phone() throws IOException {
    Browser browser = new Browser(360, 780);
    browser.cdp(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
    return browser;
  }

  static Browser desktop() throws IOException {
    return new Browser(1280, 900);
  }

  private static Optional<String> find(List<String> candidates) {
    return candidates.stream().filter(path -> Files.isExecutable(Paths.get(path))).findFirst();
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(200));
  }

  WebElement await(By by) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  Object jsAsync(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  /** host:port of this Chromium's DevTools endpoint (chromedriver starts it with one). */
  String debuggerAddress() {
    Object chrome = driver.getCapabilities().getCapability("goog:chromeOptions");
    if (chrome instanceof Map<?, ?> options && options.get("debuggerAddress") != null) {
      return options.get("debuggerAddress").toString();
    }
    throw new IllegalStateException("chromedriver named no DevTools address: " + chrome);
  }

  /** True when the page is no wider than the window: nothing to scroll sideways. */
  boolean fitsWidth() {
    return (Boolean)
        js(
            "return document.documentElement.scrollWidth <= window.innerWidth"
                + " && document.body.scrollWidth <= window.innerWidth;");
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit(); // Chromium completes its network log as it exits
    evidence.keep(profile.resolve(NET_LOG));
    try (var paths = Files.walk(profile)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is harmless
    }
  }
}
