package vn.chidao.e2e;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.Response;

/**
 * A ChromeDriver that, when a command times out waiting for the page ("Timed out receiving message
 * from renderer": a navigation or a click that loads a page), records what the browser was waiting
 * for before the test's failure closes it (see {@link HangEvidence}); also when chromedriver itself
 * stops answering (Selenium's own 3 min read timeout: seen once, waiting on a page after sign-in).
 * Every command goes through here, so {@code driver.get}, {@code navigate().refresh()} and clicks
 * are all covered.
 */
final class WatchedChromeDriver extends ChromeDriver {

  private final HangEvidence evidence;
  private boolean recording;

  WatchedChromeDriver(ChromeDriverService service, ChromeOptions options, HangEvidence evidence) {
    super(service, options);
    this.evidence = evidence;
  }

  @Override
  protected Response execute(CommandPayload command) {
    try {
      return super.execute(command);
    } catch (TimeoutException e) {
      boolean driverStuck = e.getCause() instanceof java.util.concurrent.TimeoutException;
      if (!recording && (HangEvidence.isRendererTimeout(e) || driverStuck)) {
        recording = true; // recording sends commands of its own
        try {
          e.addInfo("hang evidence", evidence.record(this, command, !driverStuck));
        } finally {
          recording = false;
        }
      }
      throw e;
    }
  }
}
