package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Soạn và ban hành, addressed to a branch of the tree rather than to units ticked one by one:
 * "every party cell under the Trấn Biên ward committee" is one line of the distribution list, which
 * the server resolves against the directory (the demo directory has two such cells), on a 360 px
 * phone.
 */
class ComposeBranchIT {

  private static RunningSuite suite;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
  }

  @Test
  void a_directive_to_every_party_cell_under_a_ward_reaches_exactly_those_cells() throws Exception {
    String subject =
        "về sinh hoạt chi bộ theo chuyên đề (nhánh " + System.currentTimeMillis() + ")";
    try (Browser issuer = Browser.phone()) {
      SignIn.as(issuer, suite.gatewayUrl, WebAppIT.ISSUER, null);
      issuer.driver.get(suite.gatewayUrl + "/soan-thao");
      issuer.await(By.cssSelector("#recipients input[value='dn-tranbien']"));
      new Select(issuer.driver.findElement(By.id("f-docType"))).selectByValue("CV");
      issuer.driver.findElement(By.id("f-subject")).sendKeys(subject);
      issuer
          .driver
          .findElement(By.id("f-body"))
          .sendKeys("Đề nghị các chi bộ sinh hoạt chuyên đề.");

      issuer.driver.findElement(By.cssSelector("#branches summary")).click();
      new Select(issuer.driver.findElement(By.id("f-branch-unit"))).selectByValue("dn-tranbien");
      assertThat(issuer.driver.findElement(By.id("f-branch-subtree")).isSelected()).isTrue();
      issuer
          .driver
          .findElement(By.cssSelector("#f-branch-kinds input[value='PARTY_CELL']"))
          .click();
      new Select(issuer.driver.findElement(By.id("f-branch-purpose"))).selectByValue("IMPLEMENT");
      issuer.driver.findElement(By.id("branch-add")).click();
      assertThat(issuer.driver.findElement(By.id("branch-lines")).getText())
          .contains("Chi bộ thuộc Đảng ủy phường Trấn Biên (để thực hiện)");
      assertThat(issuer.fitsWidth()).as("compose with a branch fits 360 px").isTrue();
      issuer.screenshot("70-soan-thao-gui-theo-nhanh");

      issuer.driver.findElement(By.id("issue-button")).click();
      issuer.waiting().until(ExpectedConditions.urlContains("/van-ban/"));
      String url = issuer.driver.getCurrentUrl();
      String id = url.substring(url.indexOf("/van-ban/") + "/van-ban/".length()).split("[?#]")[0];

      Api api = new Api(suite.gatewayUrl);
      String token = suite.token(WebAppIT.ISSUER);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> api.get("/api/directives/" + id + "/receipts", token).json(),
              receipts -> receipts.path("delivery").path("audience").asInt() == 2);
      Api.Reply pending =
          api.get("/api/directives/" + id + "/receipts/pending?step=READ&size=50", token);
      assertThat(pending.raw())
          .contains("dn-tranbien-kp1-cb1", "dn-tranbien-kp1-cb2")
          .doesNotContain("\"dn-tranbien\"", "dn-tranbien-kp1\"", "dn-xuanloc");
    }
  }
}
