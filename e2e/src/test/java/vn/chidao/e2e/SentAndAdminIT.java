package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The issuer's and the administrator's screens in a real browser on a 360 px phone, against the
 * running suite: Văn bản đi with each directive's receipt progress bar and the units that have not
 * read it, the bar moving when a recipient reads it; forwarding from the directive view and its
 * lineage drawn as a tree; the org import refusing a file with a bad row (per-row report, nothing
 * applied) and then importing a good one to the end, the new units in the tree, a person added,
 * changed and leaving, a unit moved and merged, the ward split in two; notification settings
 * refused with the server's message next to the field, then saved and still there after a reload.
 * Screenshots 30–49 in {@code e2e/target/screenshots/}.
 */
class SentAndAdminIT {

  private static final String ISSUER = "tinhuy.vanthu";
  private static final String READER = "tranbien.vanthu";
  private static final String ADMIN = "tinhuy.quantri";
  private static final String SETTINGS_USER = "cqd.vanthu";
  private static RunningSuite suite;
  private static Api api;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
    api = new Api(suite.gatewayUrl);
  }

  @Test
  void the_issuer_follows_receipt_progress_and_a_recipient_forwards_it_into_the_lineage_tree()
      throws Exception {
    String subject = "về kiểm tra tiến độ tiếp nhận văn bản (" + stamp() + ")";
    String directiveId = issue(subject);
    try (Browser issuer = Browser.phone();
        Browser reader = Browser.phone()) {
      SignIn.as(issuer, suite.gatewayUrl, ISSUER, null);
      issuer.driver.get(suite.gatewayUrl + "/van-ban-di");
      By card = By.cssSelector("li.sent-item[data-directive='" + directiveId + "']");
      By bar = By.cssSelector("li.sent-item[data-directive='" + directiveId + "'] .progress-block");
      WebElement progress = issuer.await(bar);
      assertThat(progress.getAttribute("data-audience")).isEqualTo("2");
      assertThat(progress.getAttribute("data-read")).isEqualTo("0");
      assertThat(issuer.driver.findElement(card).getText()).contains(subject, "Đã đọc 0/2");
      assertThat(issuer.fitsWidth()).as("Văn bản đi fits 360 px").isTrue();
      shoot(issuer, "30-van-ban-di-tien-do");

      issuer
          .driver
          .findElement(card)
          .findElement(By.cssSelector("button[data-step='READ']"))
          .click();
      By unread =
          By.cssSelector(
              "li.sent-item[data-directive='"
                  + directiveId
                  + "'] .pending-units[data-step='READ']");
      issuer.await(unread);
      issuer.waiting().until(d -> d.findElement(unread).findElements(By.tagName("li")).size() == 2);
      assertThat(issuer.driver.findElement(unread).getText())
          .contains("Đảng ủy phường Trấn Biên", "Đảng ủy xã Xuân Lộc");
      assertThat(issuer.fitsWidth()).as("pending units fit 360 px").isTrue();
      shoot(issuer, "31-van-ban-di-don-vi-chua-doc");

      // The ward's clerk opens it: read.
      SignIn.as(reader, suite.gatewayUrl, READER, null);
      reader.driver.get(suite.gatewayUrl + "/van-ban/" + directiveId);
      reader.await(By.cssSelector(".official"));
      reader.await(By.id("forward-open"));

      // The issuer's bar moves: 1 of 2 read, and only Xuân Lộc is left unread.
      // Refreshing loads the list and every bar: not faster than every 2 s (rate limits).
      new WebDriverWait(issuer.driver, Browser.PATIENCE, Duration.ofSeconds(2))
          .until(
              d -> {
                d.findElement(By.id("sent-refresh")).click();
                issuer
                    .waiting()
                    .until(
                        ExpectedConditions.attributeToBe(By.id("sent-list"), "aria-busy", "false"));
                return "1".equals(d.findElement(bar).getAttribute("data-read"));
              });
      issuer
          .driver
          .findElement(card)
          .findElement(By.cssSelector("button[data-step='READ']"))
          .click();
      issuer
          .waiting()
          .until(
              d -> {
                List<WebElement> units = d.findElements(unread);
                return !units.isEmpty()
                    && units.get(0).findElements(By.tagName("li")).size() == 1
                    && units.get(0).getText().contains("Đảng ủy xã Xuân Lộc");
              });
      // Per unit below the province: the ward's branch read, the commune's not yet.
      issuer
          .driver
          .findElement(card)
          .findElement(By.cssSelector("details.by-child summary"))
          .click();
      By wardBar =
          By.cssSelector(
              "li.sent-item[data-directive='"
                  + directiveId
                  + "'] details.by-child li[data-unit='dn-tranbien'] .progress-block");
      By communeBar =
          By.cssSelector(
              "li.sent-item[data-directive='"
                  + directiveId
                  + "'] details.by-child li[data-unit='dn-xuanloc'] .progress-block");
      assertThat(issuer.await(wardBar).getAttribute("data-read")).isEqualTo("1");
      assertThat(issuer.driver.findElement(communeBar).getAttribute("data-read")).isEqualTo("0");
      assertThat(issuer.driver.findElement(communeBar).getAttribute("data-audience"))
          .isEqualTo("1");
      shoot(issuer, "32-van-ban-di-da-doc-1-2");

      // Forwarding: the server's validation messages next to the fields, then a numbered CV.
      reader.driver.findElement(By.id("forward-open")).click();
      reader.await(By.cssSelector("#forward-form input[value='dn-tranbien-kp1']"));
      reader.driver.findElement(By.id("forward-submit")).click();
      reader
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#forward-form [data-error-for='body']"), "bắt buộc"));
      assertThat(
              reader
                  .driver
                  .findElement(By.cssSelector("#forward-form [data-error-for='recipientUnitIds']"))
                  .getText())
          .contains("đơn vị nhận");
      assertThat(reader.fitsWidth()).as("forward form fits 360 px").isTrue();
      shoot(reader, "33-chuyen-tiep-loi-kiem-tra");
      reader.driver.findElement(By.id("fw-body")).sendKeys("Đề nghị Đảng bộ Khu phố 1 triển khai.");
      reader
          .driver
          .findElement(By.cssSelector("#forward-form input[value='dn-tranbien-kp1']"))
          .click();
      reader.driver.findElement(By.id("forward-submit")).click();
      reader
          .waiting()
          .until(
              d ->
                  d.getCurrentUrl().contains("/van-ban/")
                      && !d.getCurrentUrl().contains(directiveId));
      String noteId = reader.driver.getCurrentUrl().replaceAll("^.*/van-ban/", "");
      assertThat(reader.await(By.cssSelector(".official")).getText()).contains("-CV/ĐU");
      WebElement tree = reader.await(By.cssSelector("#lineage-tree .lineage-node.current"));
      assertThat(tree.getAttribute("data-directive")).isEqualTo(noteId);
      assertThat(
              reader.driver.findElements(
                  By.cssSelector(
                      "#lineage-tree .lineage-node[data-directive='" + directiveId + "']")))
          .as("the original is drawn above the covering note")
          .hasSize(1);

      // From the original, the covering note hangs below it as "Chuyển tiếp".
      reader.driver.get(suite.gatewayUrl + "/van-ban/" + directiveId);
      WebElement child =
          reader.await(
              By.cssSelector("#lineage-tree .lineage-node[data-directive='" + noteId + "']"));
      assertThat(child.getText()).contains("Chuyển tiếp", "Gửi tới 1 đơn vị");
      assertThat(reader.fitsWidth()).as("directive with lineage fits 360 px").isTrue();
      reader.js("arguments[0].scrollIntoView()", child);
      shoot(reader, "34-cay-trien-khai");

      // Issuing an implementing document opens compose citing the original.
      reader.await(By.id("implement-link")).click();
      WebElement cites = reader.await(By.id("cites"));
      reader.waiting().until(d -> cites.getText().contains("-TT/TU"));
      assertThat(reader.driver.findElement(By.id("f-subject")).getAttribute("value"))
          .startsWith("Về việc triển khai thực hiện");
      shoot(reader, "35-soan-van-ban-trien-khai");
    }
  }

  @Test
  void a_province_admin_imports_units_sees_the_bad_rows_then_the_new_units_and_their_people(
      @TempDir Path dir) throws Exception {
    String code = "dn-e2e-" + stamp().replace(":", "");
    Path bad = dir.resolve("don-vi-loi.csv");
    Files.writeString(
        bad,
        "code,parent,kind,name,issuer_abbr\n"
            + code
            + ",dong-nai,COMMUNE_COMMITTEE,Đảng ủy phường Thử Nghiệm,ĐU\n"
            + code
            + "-kp1,"
            + code
            + ",KHONG_CO_LOAI_NAY,Đảng bộ Khu phố 1,ĐU\n",
        StandardCharsets.UTF_8);
    Path good = dir.resolve("don-vi.csv");
    Files.writeString(
        good,
        "code,parent,kind,name,issuer_abbr\n"
            + code
            + ",dong-nai,COMMUNE_COMMITTEE,Đảng ủy phường Thử Nghiệm,ĐU\n"
            + code
            + "-kp1,"
            + code
            + ",GRASSROOTS_COMMITTEE,Đảng bộ Khu phố 1 Thử Nghiệm,ĐU\n"
            + code
            + "-kp2,"
            + code
            + ",GRASSROOTS_COMMITTEE,Đảng bộ Khu phố 2 Thử Nghiệm,ĐU\n",
        StandardCharsets.UTF_8);
    String adminToken = suite.token(ADMIN);
    try (Browser admin = Browser.phone()) {
      SignIn.as(admin, suite.gatewayUrl, ADMIN, null);
      admin.driver.get(suite.gatewayUrl + "/quan-tri");
      admin.await(By.cssSelector("#org-tree > li > button.toggle"));

      admin.driver.findElement(By.id("import-file")).sendKeys(bad.toString());
      admin.driver.findElement(By.id("import-submit")).click();
      WebElement report = admin.await(By.id("import-errors"));
      assertThat(report.findElements(By.cssSelector("tr[data-line='3']"))).hasSize(1);
      assertThat(report.findElements(By.cssSelector("tr[data-line='2']"))).isEmpty();
      assertThat(report.getText()).contains("1 dòng có lỗi");
      assertThat(api.get("/api/org/units/" + code, adminToken).status())
          .as("nothing of a refused file is applied")
          .isEqualTo(404);
      assertThat(admin.fitsWidth()).as("import report fits 360 px").isTrue();
      admin.js("arguments[0].scrollIntoView()", report);
      shoot(admin, "36-nhap-don-vi-loi-tung-dong");

      admin.driver.findElement(By.id("import-file")).clear();
      admin.driver.findElement(By.id("import-file")).sendKeys(good.toString());
      admin.driver.findElement(By.id("import-submit")).click();
      WebElement done =
          admin.await(By.cssSelector("#import-status .import-job[data-state='DONE']"));
      assertThat(done.getText()).contains("tạo mới 3");
      assertThat(done.findElement(By.cssSelector(".progress")).getAttribute("aria-valuenow"))
          .isEqualTo(done.findElement(By.cssSelector(".progress")).getAttribute("aria-valuemax"));
      shoot(admin, "37-nhap-don-vi-hoan-tat");

      // The new units in the tree (the tree was redrawn after the import).
      admin
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#org-tree > li > button.toggle")))
          .click();
      admin.await(By.cssSelector("#org-tree li[data-unit='" + code + "'] > button.toggle")).click();
      WebElement kp1 = admin.await(By.cssSelector("#org-tree li[data-unit='" + code + "-kp1']"));
      assertThat(kp1.getText()).contains("Đảng bộ Khu phố 1 Thử Nghiệm");
      assertThat(admin.fitsWidth()).as("org tree fits 360 px").isTrue();
      shoot(admin, "38-cay-to-chuc-don-vi-moi");

      // People of the new ward: the server's messages next to the fields, then someone added.
      admin
          .driver
          .findElement(By.cssSelector("#org-tree li[data-unit='" + code + "'] > button.choose"))
          .click();
      admin.await(By.cssSelector("#unit-panel [data-unit='" + code + "']"));
      admin.driver.findElement(By.xpath("//summary[contains(., 'Thêm cán bộ')]")).click();
      admin.driver.findElement(By.cssSelector("#member-join button[type='submit']")).click();
      admin
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#member-join [data-error-for='username']"), "tên đăng nhập"));
      assertThat(
              admin
                  .driver
                  .findElement(By.cssSelector("#member-join [data-error-for='email']"))
                  .getText())
          .isNotBlank();
      shoot(admin, "39-can-bo-loi-kiem-tra");
      String username = code.replace("dn-", "") + ".vanthu";
      admin
          .driver
          .findElement(By.cssSelector("#member-join input[name='username']"))
          .sendKeys(username);
      admin
          .driver
          .findElement(By.cssSelector("#member-join input[name='email']"))
          .sendKeys(username + "@chidao.test");
      admin
          .driver
          .findElement(
              By.cssSelector("#member-join select[name='position'] option[value='VAN_THU']"))
          .click();
      admin
          .driver
          .findElement(By.cssSelector("#member-join input[name='roles'][value='issuer']"))
          .click();
      admin.driver.findElement(By.cssSelector("#member-join button[type='submit']")).click();
      WebElement person =
          admin.await(By.cssSelector("#members-list li[data-username='" + username + "']"));
      assertThat(person.getText()).contains("Văn thư", "Ban hành văn bản");
      assertThat(admin.fitsWidth()).as("people fit 360 px").isTrue();
      admin.js("arguments[0].scrollIntoView()", person);
      shoot(admin, "40-can-bo-va-chuc-vu");

      // Their post changes to Bí thư; then they leave the unit (two clicks) and drop off the list.
      By personRow = By.cssSelector("#members-list li[data-username='" + username + "']");
      person.findElement(By.xpath(".//button[contains(., 'Sửa chức vụ')]")).click();
      person.findElement(By.cssSelector(".member-edit option[value='BI_THU']")).click();
      person.findElement(By.cssSelector(".member-edit button[type='submit']")).click();
      admin
          .waiting()
          .until(
              d -> {
                List<WebElement> titles =
                    d.findElements(
                        By.cssSelector(
                            "#members-list li[data-username='" + username + "'] .item-title"));
                return !titles.isEmpty() && titles.get(0).getText().contains("Bí thư");
              });
      By leave = By.cssSelector("#members-list li[data-username='" + username + "'] button.leave");
      admin.driver.findElement(leave).click();
      admin
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(leave, "Bấm lần nữa"));
      admin.driver.findElement(leave).click();
      admin.waiting().until(ExpectedConditions.numberOfElementsToBe(personRow, 0));

      // Move the new ward's Khu phố 1 directly under the provincial committee.
      admin
          .driver
          .findElement(By.cssSelector("#org-tree li[data-unit='" + code + "-kp1'] > button.choose"))
          .click();
      admin.await(By.cssSelector("#unit-panel [data-unit='" + code + "-kp1']"));
      admin.driver.findElement(By.xpath("//summary[contains(., 'Chuyển đơn vị')]")).click();
      admin
          .driver
          .findElement(By.cssSelector("form[data-change='move'] input[name='parentId']"))
          .sendKeys("dong-nai");
      admin
          .driver
          .findElement(By.cssSelector("form[data-change='move'] button[type='submit']"))
          .click();
      admin
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("form[data-change='move'] .outcome"), "Đã ghi thay đổi"));
      assertThat(
              api.get("/api/org/units/" + code + "-kp1", adminToken)
                  .json()
                  .path("parentId")
                  .asString())
          .isEqualTo("dong-nai");
      shoot(admin, "41-chuyen-don-vi");

      // Then merge it into the new ward: it closes (404), the ward stays.
      admin.driver.findElement(By.xpath("//summary[contains(., 'Sáp nhập')]")).click();
      admin
          .driver
          .findElement(By.cssSelector("form[data-change='merge'] input[name='successorId']"))
          .sendKeys(code);
      admin
          .driver
          .findElement(By.cssSelector("form[data-change='merge'] button[type='submit']"))
          .click();
      admin
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("form[data-change='merge'] .outcome"), "Đã ghi thay đổi"));
      assertThat(api.get("/api/org/units/" + code + "-kp1", adminToken).status()).isEqualTo(404);
      assertThat(api.get("/api/org/units/" + code, adminToken).status()).isEqualTo(200);
      shoot(admin, "44-sap-nhap-don-vi");

      // Finally split the ward in two: a part without a name is refused next to that field, then
      // the ward closes, both new wards exist and Khu phố 2 is under the part chosen for it.
      // (The merge redrew the tree collapsed: wait for that before opening it again.)
      admin
          .waiting()
          .until(
              ExpectedConditions.numberOfElementsToBe(
                  By.cssSelector("#org-tree li[data-unit='" + code + "']"), 0));
      admin
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#org-tree > li > button.toggle")))
          .click();
      admin.await(By.cssSelector("#org-tree li[data-unit='" + code + "'] > button.choose")).click();
      admin.await(By.cssSelector("#unit-panel [data-unit='" + code + "']"));
      admin.driver.findElement(By.xpath("//summary[contains(., 'Chia tách')]")).click();
      By split = By.cssSelector("form[data-change='split']");
      admin.await(
          By.cssSelector("form[data-change='split'] select[data-subordinate='" + code + "-kp2']"));
      WebElement first =
          admin.driver.findElement(By.cssSelector("fieldset.split-part[data-part='0']"));
      WebElement second =
          admin.driver.findElement(By.cssSelector("fieldset.split-part[data-part='1']"));
      first.findElement(By.name("id")).sendKeys(code + "-a");
      second.findElement(By.name("id")).sendKeys(code + "-b");
      second.findElement(By.name("name")).sendKeys("Đảng ủy phường Thử Nghiệm B");
      admin.driver.findElement(split).findElement(By.cssSelector("button[type='submit']")).click();
      admin
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("form[data-change='split'] [data-error-for='parts[0].name']"),
                  "Cần tên đơn vị"));
      assertThat(api.get("/api/org/units/" + code, adminToken).status())
          .as("a refused split changes nothing")
          .isEqualTo(200);
      first.findElement(By.name("name")).sendKeys("Đảng ủy phường Thử Nghiệm A");
      new Select(
              admin.driver.findElement(
                  By.cssSelector(
                      "form[data-change='split'] select[data-subordinate='" + code + "-kp2']")))
          .selectByValue(code + "-b");
      assertThat(admin.fitsWidth()).as("split form fits 360 px").isTrue();
      admin.driver.findElement(split).findElement(By.cssSelector("button[type='submit']")).click();
      admin
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("form[data-change='split'] .outcome"), "Đã chia tách"));
      assertThat(api.get("/api/org/units/" + code, adminToken).status()).isEqualTo(404);
      assertThat(api.get("/api/org/units/" + code + "-a", adminToken).status()).isEqualTo(200);
      assertThat(
              api.get("/api/org/units/" + code + "-kp2", adminToken)
                  .json()
                  .path("parentId")
                  .asString())
          .isEqualTo(code + "-b");
      shoot(admin, "45-chia-tach-don-vi");
    }
  }

  @Test
  void notification_settings_show_the_server_message_next_to_the_field_and_persist_after_reload()
      throws Exception {
    try (Browser browser = Browser.phone()) {
      SignIn.as(browser, suite.gatewayUrl, SETTINGS_USER, null);
      browser.driver.get(suite.gatewayUrl + "/cai-dat/thong-bao");
      browser.await(By.id("preferences-form"));
      WebElement overdueEmail = browser.driver.findElement(By.id("ch-OVERDUE-email"));
      if (overdueEmail.isSelected()) {
        overdueEmail.click();
      }
      check(browser, "quiet-on");
      setTime(browser, "quiet-start", "22:00");
      setTime(browser, "quiet-end", "22:00");
      browser.driver.findElement(By.id("preferences-save")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("[data-error-for='quietHours.end']"), "khác giờ bắt đầu"));
      assertThat(browser.fitsWidth()).as("settings fit 360 px").isTrue();
      shoot(browser, "42-cai-dat-loi-gio-yen-lang");

      setTime(browser, "quiet-end", "06:00");
      check(browser, "digest-on");
      setTime(browser, "digest-at", "07:30");
      browser.driver.findElement(By.id("preferences-save")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("preferences-saved"), "Đã lưu"));

      browser.driver.navigate().refresh();
      browser.await(By.id("preferences-form"));
      assertThat(browser.driver.findElement(By.id("ch-OVERDUE-email")).isSelected()).isFalse();
      assertThat(browser.driver.findElement(By.id("ch-OVERDUE-push")).isSelected()).isTrue();
      assertThat(browser.driver.findElement(By.id("quiet-on")).isSelected()).isTrue();
      assertThat(browser.driver.findElement(By.id("quiet-start")).getAttribute("value"))
          .isEqualTo("22:00");
      assertThat(browser.driver.findElement(By.id("quiet-end")).getAttribute("value"))
          .isEqualTo("06:00");
      assertThat(browser.driver.findElement(By.id("digest-at")).getAttribute("value"))
          .isEqualTo("07:30");
      assertThat(browser.fitsWidth()).as("settings fit 360 px").isTrue();
      shoot(browser, "43-cai-dat-da-luu");
    }
  }

  /** A screenshot, after checking that no missing value was printed as "null" or "undefined". */
  private static void shoot(Browser browser, String name) {
    assertThat((String) browser.js("return document.getElementById('view').innerText;"))
        .as(name + ": no missing value shown as text")
        .doesNotContainPattern("\\b(null|undefined|NaN)\\b");
    browser.screenshot(name);
  }

  private static void check(Browser browser, String id) {
    WebElement box = browser.driver.findElement(By.id(id));
    if (!box.isSelected()) {
      box.click();
    }
  }

  /** Time fields are typed differently per locale; set the value as the picker would. */
  private static void setTime(Browser browser, String id, String value) {
    browser.js(
        "const el = document.getElementById(arguments[0]); el.value = arguments[1];"
            + " el.dispatchEvent(new Event('input', {bubbles: true}));",
        id,
        value);
  }

  /**
   * Issues a Thông tri to two communes through the API. Right after start-up the directive service
   * may not yet know the units (events in flight): nothing is stored then, so asking again is safe.
   */
  private static String issue(String subject) {
    String token = suite.token(ISSUER);
    Map<String, Object> body =
        Map.of(
            "docType", "TT",
            "subject", subject,
            "body", "Đề nghị các đảng ủy xã, phường quán triệt và tổ chức thực hiện.",
            "place", "Đồng Nai",
            "recipientUnitIds", List.of("dn-tranbien", "dn-xuanloc"));
    Optional<Api.Reply> created =
        Poll.until(
            Duration.ofSeconds(60),
            () -> {
              Api.Reply reply = api.post("/api/directives", token, body);
              return reply.status() == 201 ? Optional.of(reply) : Optional.empty();
            });
    assertThat(created).as("the directive is issued").isPresent();
    return created.get().json().path("id").asString();
  }

  private static String stamp() {
    return LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
  }
}
