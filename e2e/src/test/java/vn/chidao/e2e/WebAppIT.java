package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web app in a real browser (headless Chromium) against the whole running suite: sign-in on
 * Keycloak's page, the provincial clerk issuing a directive to two communes, the commune's clerk
 * seeing it arrive without reloading and reading it in the official layout, server validation next
 * to the fields, a file attached while composing (a wrong type refused next to the field) and
 * downloadable by the reader, sign-out ending the Keycloak session. Screenshots of each screen are
 * saved under {@code e2e/target/screenshots/}.
 */
class WebAppIT {

  static final String ISSUER = "tinhuy.vanthu";
  static final String READER = "tranbien.vanthu";
  static final String PDF_NAME = "thong-tri-dan-van.pdf";
  static final String FAKE_PDF_NAME = "bien-ban-gia.pdf";
  private static RunningSuite suite;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
  }

  @Test
  void a_directive_issued_in_the_browser_reaches_the_commune_live_and_reads_in_the_official_layout()
      throws Exception {
    String subject =
        "về tăng cường công tác dân vận trong tình hình mới (trình duyệt "
            + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
            + ")";
    try (Browser issuer = Browser.desktop();
        Browser reader = Browser.phone()) {
      SignIn.as(issuer, suite.gatewayUrl, ISSUER, "01-keycloak-dang-nhap");
      issuer.await(By.cssSelector("#inbox-list"));
      issuer.screenshot("02-van-ban-den-may-tinh");

      SignIn.as(reader, suite.gatewayUrl, READER, null);
      reader.await(By.cssSelector("#inbox-list"));
      // The live stream has connected and sent the current count (hidden while it is 0).
      reader
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#bell-count[data-live='true']")));
      int before = bellCount(reader);
      reader.js("window.chidaoNotReloaded = true;");
      reader.screenshot("03-van-ban-den-dien-thoai-truoc");
      assertThat(reader.fitsWidth()).as("inbox fits 360 px").isTrue();

      // The server's validation messages appear next to the fields.
      issuer.driver.findElement(By.cssSelector("#nav a[href='/soan-thao']")).click();
      issuer.await(By.cssSelector("#recipients input[value='dn-tranbien']"));
      issuer.driver.findElement(By.id("issue-button")).click();
      issuer
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("err-subject"), "Trích yếu là bắt buộc"));
      assertThat(issuer.driver.findElement(By.id("err-docType")).getText())
          .contains("Loại văn bản là bắt buộc");
      assertThat(issuer.driver.findElement(By.id("err-recipientUnitIds")).getText())
          .contains("đơn vị nhận");
      issuer.screenshot("04-soan-thao-loi-kiem-tra");

      new Select(issuer.driver.findElement(By.id("f-docType"))).selectByValue("TT");
      new Select(issuer.driver.findElement(By.id("f-urgency"))).selectByValue("KHAN");
      issuer.driver.findElement(By.id("f-place")).sendKeys("Đồng Nai");
      issuer.driver.findElement(By.id("f-subject")).sendKeys(subject);
      issuer
          .driver
          .findElement(By.id("f-body"))
          .sendKeys(
              "Đề nghị các đảng ủy xã, phường quán triệt và tổ chức thực hiện nghiêm túc.\n"
                  + "Báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Dân vận) 6 tháng và hằng năm.");
      issuer.driver.findElement(By.cssSelector("#recipients input[value='dn-tranbien']")).click();
      issuer.driver.findElement(By.cssSelector("#recipients input[value='dn-xuanloc']")).click();

      // Attachments: a text file is refused next to the field before anything is sent; a PDF is
      // listed, named in the preview, and uploaded once the directive is issued.
      issuer
          .driver
          .findElement(By.id("f-attachments"))
          .sendKeys(TestFiles.file("ghi-chu.txt", "ghi chú").toString());
      issuer
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("err-attachments"), "không phải loại được phép đính kèm"));
      assertThat(issuer.driver.findElement(By.id("f-attachments")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(issuer.driver.findElement(By.id("compose-attachments")).getText()).isEmpty();
      issuer.screenshot("22-soan-thao-tep-sai-loai");
      issuer
          .driver
          .findElement(By.id("f-attachments"))
          .sendKeys(TestFiles.smallPdf(PDF_NAME).toString());
      issuer
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("compose-attachments"), PDF_NAME));
      assertThat(issuer.driver.findElement(By.id("err-attachments")).getText()).isEmpty();
      // A text file named .pdf passes the browser's check; the server reads its bytes and refuses.
      issuer
          .driver
          .findElement(By.id("f-attachments"))
          .sendKeys(TestFiles.file(FAKE_PDF_NAME, "Đây không phải tệp PDF.").toString());
      issuer
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("compose-attachments"), FAKE_PDF_NAME));
      issuer.screenshot("23-soan-thao-tep-dinh-kem");

      issuer.driver.findElement(By.id("preview-button")).click();
      issuer.await(By.cssSelector("#preview .official"));
      assertThat(issuer.driver.findElement(By.cssSelector("#preview .official")).getText())
          .contains("THÔNG TRI", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận:", "Đảng ủy xã Xuân Lộc")
          .contains("Tệp đính kèm: " + PDF_NAME);
      issuer.screenshot("05-soan-thao-xem-truoc");

      // Issued, the PDF uploaded; the disguised file refused by the server: the message says the
      // directive is issued and leads to it, and the form cannot issue it a second time.
      String directiveUrl = issue(issuer);
      assertThat(issuer.driver.getCurrentUrl()).contains("/soan-thao");
      assertThat(issuer.driver.findElement(By.id("err-attachments")).getText())
          .contains("Văn bản đã ban hành", "“" + FAKE_PDF_NAME + "” chưa được đính kèm: ")
          .contains("Mở văn bản để đính kèm lại")
          .doesNotContain(PDF_NAME);
      assertThat(issuer.driver.findElement(By.id("issue-button")).isEnabled()).isFalse();
      issuer.screenshot("25-ban-hanh-tep-bi-tu-choi");
      issuer.driver.findElement(By.id("issued-link")).click();
      issuer
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("directive-attachments"), PDF_NAME));
      WebElement official = issuer.await(By.cssSelector(".official"));
      assertThat(official.getText()).contains(subject.substring(0, 20)).contains("Số ", "-TT/TU");
      assertThat(issuer.driver.findElement(By.id("directive-attachments")).getText())
          .doesNotContain(FAKE_PDF_NAME);
      issuer.screenshot("06-van-ban-da-ban-hanh");

      // The issuer of the issuing unit attaches one more file on the view, then removes it.
      By attached = By.cssSelector("#directive-attachments a[href*='/attachments/']");
      issuer
          .driver
          .findElement(By.id("f-directive-attachment"))
          .sendKeys(TestFiles.smallPdf(PDF_NAME).toString());
      issuer.waiting().until(ExpectedConditions.numberOfElementsToBe(attached, 2));
      issuer
          .driver
          .findElements(By.cssSelector("#directive-attachments .remove-attachment"))
          .get(1)
          .click();
      issuer.waiting().until(ExpectedConditions.numberOfElementsToBe(attached, 1));
      assertThat(issuer.driver.findElement(By.id("err-directive-attachment")).getText()).isEmpty();
      issuer.js("document.getElementById('directive-attachments-box').scrollIntoView()");
      issuer.screenshot("26-van-ban-them-bot-tep");

      // On the commune clerk's phone the bell goes up and the item appears, without a reload.
      reader.waiting().until(d -> bellCount(reader) > before);
      reader
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("inbox-list"), subject.substring(0, 30)));
      assertThat(reader.js("return window.chidaoNotReloaded === true")).isEqualTo(true);
      WebElement first = reader.driver.findElement(By.cssSelector("#inbox-list li a.item"));
      assertThat(first.getText()).contains("Mới").contains("Khẩn");
      reader.screenshot("07-van-ban-den-dien-thoai-moi-den");

      first.click();
      WebElement read = reader.await(By.cssSelector(".official"));
      assertThat(read.getText())
          .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY ĐỒNG NAI", "THÔNG TRI", "Nơi nhận:")
          .contains("Đảng ủy phường Trấn Biên", "Đảng ủy xã Xuân Lộc", "ngày");
      assertThat(reader.driver.getCurrentUrl()).startsWith(directiveUrl.replaceAll("\\?.*", ""));
      assertThat(reader.fitsWidth()).as("directive fits 360 px").isTrue();
      reader.screenshot("08-van-ban-chinh-thuc-dien-thoai");

      // The reader downloads the attached PDF from the directive view, and may not add files.
      reader
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("directive-attachments"), PDF_NAME));
      WebElement download =
          reader.driver.findElement(
              By.cssSelector("#directive-attachments a[href*='/attachments/']"));
      assertThat(download.getText()).isEqualTo(PDF_NAME);
      assertThat(fetchFromThePage(reader, download.getAttribute("href")))
          .startsWith("200 application/pdf ");
      assertThat(reader.driver.findElements(By.id("f-directive-attachment"))).isEmpty();
      assertThat(reader.driver.findElements(By.cssSelector("#directive-attachments a"))).hasSize(1);
      reader.js("document.getElementById('directive-attachments-box').scrollIntoView()");
      reader.screenshot("24-van-ban-tep-dinh-kem-dien-thoai");

      // Search without diacritics finds it.
      reader.driver.get(suite.gatewayUrl + "/van-ban-den");
      reader.await(By.name("q")).sendKeys("tang cuong cong tac dan van trong tinh hinh moi\n");
      reader
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("search-results"), subject.substring(0, 30)));
      reader.screenshot("09-tim-kiem-khong-dau");

      // Every other screen opens and fits the phone.
      for (String[] screen :
          List.of(
              new String[] {"/van-ban-di", "10-van-ban-di"},
              new String[] {"/soan-thao", "11-soan-thao-dien-thoai"},
              new String[] {"/bao-cao", "12-bao-cao"},
              new String[] {"/tong-hop", "13-tong-hop"},
              new String[] {"/thong-bao", "14-thong-bao"},
              new String[] {"/cai-dat/thong-bao", "15-cai-dat-thong-bao"})) {
        reader.driver.get(suite.gatewayUrl + screen[0]);
        reader.await(By.cssSelector("#view h1"));
        if (screen[0].equals("/soan-thao")) {
          reader.await(By.cssSelector("#recipients .recipient-picker"));
        }
        assertThat(reader.fitsWidth()).as(screen[0] + " fits 360 px").isTrue();
        reader.screenshot(screen[1]);
      }
    }
  }

  @Test
  void the_browser_holds_only_an_http_only_session_cookie_and_sign_out_ends_the_keycloak_session()
      throws Exception {
    try (Browser browser = Browser.phone()) {
      SignIn.as(browser, suite.gatewayUrl, "tinhuy.quantri", null);
      browser.await(By.cssSelector("#inbox-list"));

      Cookie session = browser.driver.manage().getCookieNamed("CHIDAO_SESSION");
      assertThat(session).isNotNull();
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualTo("Lax");
      String visibleToScripts =
          (String)
              browser.js(
                  "return document.cookie + JSON.stringify(localStorage) + JSON.stringify(sessionStorage);");
      assertThat(visibleToScripts)
          .as("no token (JWT) is readable by the page")
          .doesNotContain("eyJ")
          .doesNotContain("CHIDAO_SESSION");

      browser.driver.get(suite.gatewayUrl + "/quan-tri");
      browser.await(By.cssSelector("#org-tree button")).click();
      browser.await(By.cssSelector("#org-tree .tree li"));
      browser.screenshot("16-quan-tri-cay-to-chuc");

      browser.driver.findElement(By.cssSelector("#logout button")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/da-dang-xuat"));
      browser.screenshot("17-da-dang-xuat");
      // The Keycloak session is over too: the app asks for the password again.
      browser.driver.get(suite.gatewayUrl + "/van-ban-den");
      browser.await(By.id("username"));
      assertThat(browser.driver.getCurrentUrl()).startsWith(suite.keycloak.issuer());
    }
  }

  /** GET of the address by the page's own fetch (session cookie): "status content-type bytes". */
  private static String fetchFromThePage(Browser browser, String href) {
    return (String)
        browser.jsAsync(
            """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(async (r) => r.status + ' ' + r.headers.get('Content-Type') + ' '
                                 + (await r.arrayBuffer()).byteLength)
              .then(done, (e) => done('0 ' + e));
            """,
            href);
  }

  private static int bellCount(Browser browser) {
    return Integer.parseInt(
        (String) browser.js("return document.getElementById('bell-count').dataset.count;"));
  }

  /**
   * Issues the form and returns the directive's address (from the link under "Tệp đính kèm" when a
   * file was refused after issuing). Right after start-up the directive service may not yet know
   * the units (events in flight): it refuses without storing anything, so the clerk simply tries
   * again, as the walking skeleton does.
   */
  private static String issue(Browser issuer) {
    return issuer
        .waiting()
        .until(
            driver -> {
              if (driver.getCurrentUrl().contains("/van-ban/")) {
                return driver.getCurrentUrl();
              }
              List<WebElement> issued = driver.findElements(By.id("issued-link"));
              if (!issued.isEmpty()) {
                return issued.get(0).getAttribute("href");
              }
              try {
                WebElement button = driver.findElement(By.id("issue-button"));
                String problem = driver.findElement(By.id("form-problem")).getText();
                if (button.isEnabled()
                    && (problem.isEmpty()
                        || problem.contains("issuer-unit")
                        || problem.contains("đơn vị"))) {
                  button.click();
                }
              } catch (org.openqa.selenium.StaleElementReferenceException
                  | org.openqa.selenium.NoSuchElementException navigatedAway) {
                // the form was replaced by the issued directive: the next poll sees its address
              }
              return null;
            });
  }
}
