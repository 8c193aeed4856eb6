package vn.chidao.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in as a person would: open the app, get Keycloak's page, type the password. */
final class SignIn {

  private SignIn() {}

  /**
   * @param screenshot name for a screenshot of Keycloak's page, or null
   */
  static void as(Browser browser, String gatewayUrl, String username, String screenshot) {
    browser.driver.get(gatewayUrl + "/van-ban-den");
    browser.await(By.id("username")).sendKeys(username);
    if (browser.driver.findElements(By.id("password")).isEmpty()) {
      // With Organizations on, Keycloak asks for the login first (to route a province's e-mail
      // domain to its government IdP), then for the password on a second page.
      browser.driver.findElement(By.id("kc-login")).click();
    }
    browser.await(By.id("password")).sendKeys(WalkingSkeleton.DEMO_PASSWORD);
    if (screenshot != null) {
      browser.screenshot(screenshot);
    }
    browser.driver.findElement(By.id("kc-login")).click();
    browser.waiting().until(ExpectedConditions.urlContains(gatewayUrl + "/van-ban-den"));
    // Present, not necessarily visible: on a phone the menu stays folded until opened.
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#nav a")));
  }
}
