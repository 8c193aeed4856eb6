package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7's browser scenario from a directive to the issuer's dashboard, in headless Chromium
 * against the whole running suite: the provincial clerk composes a plan with a reporting
 * requirement (sections, indicators, targets; the server's message under an incomplete target) to
 * two communes; the Trấn Biên clerk's phone sees it arrive live, opens it, acknowledges it, types
 * the report's draft while the phone is offline (kept on the device, sent when the connection
 * returns), attaches a PDF, gets the server's message next to a wrong figure, and submits; the
 * issuer's dashboard then shows 1 of 2 submitted, its CSV, Excel and Word downloads work from the
 * page, and it drills down to the communes; the issuer returns the report with a comment and the
 * commune sends it again. Every screen fits 360 px. Screenshots {@code 50-…} to {@code 69-…} in
 * {@code e2e/target/screenshots/}.
 */
class DirectiveToReportIT {

  static final String ISSUER = "tinhuy.vanthu";
  static final String REPORTER = "tranbien.vanthu";

  /** The compose screen names its first (only) reporting requirement so. */
  static final String REQUIREMENT = "bc-1";

  static final String PDF_NAME = "bien-ban-tuyen-truyen.pdf";

  /** The drafts waiting on the device, per person (app/report-drafts.js). */
  private static final String OUTBOX =
      "return localStorage.getItem('chidao.report-outbox.' + arguments[0]);";

  private static RunningSuite suite;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    suite = RunningSuite.get();
  }

  @Test
  void a_directive_with_a_report_goes_from_issue_to_acknowledgement_to_report_to_dashboard()
      throws Exception {
    String subject =
        "về báo cáo kết quả công tác dân vận quý này (" + System.currentTimeMillis() + ")";
    Api gateway = new Api(suite.gatewayUrl);
    try (Browser issuer = Browser.phone();
        Browser reporter = Browser.phone()) {
      try {
        scenario(subject, gateway, issuer, reporter);
      } catch (RuntimeException | AssertionError failed) {
        // What each phone showed when it went wrong, for the reader of the build log.
        for (Browser b : List.of(issuer, reporter)) {
          System.out.println(
              "At "
                  + b.driver.getCurrentUrl()
                  + " the page showed:\n"
                  + b.js("return document.body.innerText"));
        }
        issuer.screenshot("68-loi-nguoi-ban-hanh");
        reporter.screenshot("69-loi-nguoi-bao-cao");
        throw failed;
      }
    }
  }

  private static void scenario(String subject, Api gateway, Browser issuer, Browser reporter) {
    SignIn.as(issuer, suite.gatewayUrl, ISSUER, null);
    SignIn.as(reporter, suite.gatewayUrl, REPORTER, null);
    reporter.await(By.cssSelector("#inbox-list"));
    reporter
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#bell-count[data-live='true']")));
    reporter.js("window.chidaoNotReloaded = true;");

    // The issuer composes the directive and its reporting requirement on the compose screen.
    String directiveId = issueFromCompose(issuer, subject);
    issuer.driver.get(suite.gatewayUrl + "/van-ban/" + directiveId);
    issuer.await(By.cssSelector("#reporting-demands"));
    assertThat(issuer.driver.findElement(By.cssSelector("#reporting-demands")).getText())
        .contains("Báo cáo kết quả công tác dân vận", "Một lần", "Tổng hợp báo cáo");
    fits(issuer, "van ban (issuer)");
    issuer.js("document.getElementById('reporting-demands').scrollIntoView()");
    issuer.screenshot("50-van-ban-co-yeu-cau-bao-cao");

    // Live on the commune clerk's phone, no reload.
    reporter
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("inbox-list"), subject.substring(0, 40)));
    assertThat(reporter.js("return window.chidaoNotReloaded === true")).isEqualTo(true);
    reporter.screenshot("51-van-ban-den-moi");
    itemWith(reporter, "#inbox-list a.item", subject.substring(0, 40)).click();
    reporter.await(By.cssSelector(".official"));
    WebElement receipt = reporter.await(By.id("receipt-state"));
    assertThat(receipt.getAttribute("data-state")).isEqualTo("READ");
    assertThat(receipt.getText()).isEqualTo("Đã đọc");
    fits(reporter, "directive with receipt");
    reporter.js("document.getElementById('receipt').scrollIntoView()");
    reporter.screenshot("52-van-ban-chua-xac-nhan");

    reporter.driver.findElement(By.id("acknowledge")).click();
    reporter
        .waiting()
        .until(
            ExpectedConditions.attributeToBe(By.id("receipt-state"), "data-state", "ACKNOWLEDGED"));
    assertThat(reporter.driver.findElement(By.id("receipt")).getText())
        .contains("Đã xác nhận tiếp nhận", "Xác nhận lúc");
    assertThat(reporter.driver.findElements(By.id("acknowledge"))).isEmpty();
    JsonNode stored =
        gateway.get("/api/directives/" + directiveId + "/receipt", suite.token(REPORTER)).json();
    assertThat(stored.path("state").asString()).isEqualTo("ACKNOWLEDGED");
    assertThat(stored.path("acknowledgedBy").asString()).isNotBlank();
    reporter.js("document.getElementById('receipt').scrollIntoView()");
    reporter.screenshot("53-van-ban-da-xac-nhan");

    // The report: the obligation is opened by reporting-service from the delivery event.
    String obligationId = directiveId + "~" + REQUIREMENT + "~ONCE~dn-tranbien";
    reporter.driver.findElement(By.linkText("Lập báo cáo")).click();
    reporter
        .waiting()
        .until(
            d -> {
              if (!d.findElements(By.cssSelector("#obligations a[data-id='" + obligationId + "']"))
                  .isEmpty()) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
    WebElement item =
        reporter.driver.findElement(
            By.cssSelector("#obligations a[data-id='" + obligationId + "']"));
    assertThat(item.getText()).contains("Báo cáo kết quả công tác dân vận", "Hạn nộp:", "Chưa lập");
    fits(reporter, "report list");
    reporter.screenshot("54-bao-cao-danh-sach");

    item.click();
    reporter.await(By.id("report-form"));
    assertThat(reporter.driver.findElement(By.id("f-v-so-buoi-tuyen-truyen")).getAttribute("type"))
        .isEqualTo("number");
    assertThat(
            reporter.driver.findElement(By.id("f-v-ty-le-dang-vien-tham-gia")).getAttribute("max"))
        .isEqualTo("100");
    assertThat(reporter.driver.findElement(By.id("f-v-co-ke-hoach-thuc-hien")).getTagName())
        .isEqualTo("select");
    fits(reporter, "report form");
    reporter.screenshot("55-bao-cao-bieu-mau");

    // Offline: the draft stays on the phone ("đang chờ gửi"), the server has none.
    reporter.cdp("Network.enable", Map.of());
    offline(reporter, true);
    System.out.println(
        "navigator.onLine while emulated offline: " + reporter.js("return navigator.onLine"));
    String text = "Tổ chức 12 buổi tuyên truyền tại các khu phố (soạn khi mất mạng).";
    reporter.driver.findElement(By.id("f-s-I")).sendKeys(text);
    reporter.driver.findElement(By.id("f-v-so-buoi-tuyen-truyen")).sendKeys("12");
    reporter.driver.findElement(By.id("save-draft")).click();
    reporter
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("draft-state"), "Đang chờ gửi"));
    assertThat(draftOnServer(gateway, obligationId)).as("nothing sent while offline").isNull();
    assertThat((String) reporter.js(OUTBOX, REPORTER)).as("kept on the device").contains(text);
    reporter.screenshot("56-bao-cao-nhap-ngoai-tuyen-cho-gui");

    offline(reporter, false);
    reporter
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("draft-state"), "Đã gửi bản nháp lên máy chủ"));
    JsonNode draft = draftOnServer(gateway, obligationId);
    assertThat(draft).isNotNull();
    assertThat(draft.path("sections").path("I").asString()).isEqualTo(text);
    assertThat(draft.path("values").path("so-buoi-tuyen-truyen").asInt()).isEqualTo(12);
    assertThat(reporter.js(OUTBOX, REPORTER)).as("nothing left on the device").isNull();
    reporter.screenshot("57-bao-cao-nhap-da-gui");

    // A text file is refused (its type is read from the bytes): the reason under the picker.
    reporter
        .driver
        .findElement(By.id("f-attachment"))
        .sendKeys(TestFiles.file("ghi-chu.txt", "Ghi chú buổi tuyên truyền").toString());
    reporter
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("err-attachment"), "không phải loại được phép đính kèm"));
    assertThat(reporter.driver.findElement(By.id("f-attachment")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(obligation(gateway, obligationId).path("attachments").size()).isZero();

    // A file attached to the report: inspected by the server, listed with its download link.
    reporter
        .driver
        .findElement(By.id("f-attachment"))
        .sendKeys(TestFiles.smallPdf(PDF_NAME).toString());
    reporter
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), PDF_NAME));
    assertThat(reporter.driver.findElement(By.id("err-attachment")).getText()).isEmpty();
    JsonNode attached = obligation(gateway, obligationId).path("attachments");
    assertThat(attached.size()).isEqualTo(1);
    assertThat(attached.get(0).path("name").asString()).isEqualTo(PDF_NAME);
    assertThat(attached.get(0).path("contentType").asString()).isEqualTo("application/pdf");

    // One wrong figure: the server's message appears next to that field, nothing submitted.
    reporter.driver.findElement(By.id("f-v-ty-le-dang-vien-tham-gia")).sendKeys("120");
    new Select(reporter.driver.findElement(By.id("f-v-co-ke-hoach-thuc-hien")))
        .selectByValue("true");
    reporter.driver.findElement(By.id("submit-report")).click();
    reporter
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("err-v-ty-le-dang-vien-tham-gia"), "không được lớn hơn 100"));
    assertThat(
            reporter
                .driver
                .findElement(By.id("f-v-ty-le-dang-vien-tham-gia"))
                .getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(reporter.driver.findElement(By.id("err-v-so-buoi-tuyen-truyen")).getText())
        .isEmpty();
    assertThat(obligation(gateway, obligationId).path("state").asString()).isEqualTo("DRAFT");
    fits(reporter, "form with field error");
    reporter.screenshot("58-bao-cao-loi-chi-tieu");

    WebElement share = reporter.driver.findElement(By.id("f-v-ty-le-dang-vien-tham-gia"));
    share.clear();
    share.sendKeys("85");
    reporter.driver.findElement(By.id("submit-report")).click();
    reporter.await(By.id("report-sent"));
    assertThat(reporter.driver.findElement(By.id("report-state")).getText())
        .isEqualTo("Đã gửi, chờ duyệt");
    assertThat(obligation(gateway, obligationId).path("state").asString()).isEqualTo("SUBMITTED");
    fits(reporter, "report sent");
    WebElement download =
        reporter.driver.findElement(By.cssSelector("#attachments a[href*='/attachments/']"));
    assertThat(download.getText()).isEqualTo(PDF_NAME);
    assertThat(fetchFromThePage(reporter, List.of(download.getAttribute("href"))))
        .singleElement()
        .satisfies(reply -> assertThat(reply).startsWith("200 application/pdf "));
    reporter.screenshot("59-bao-cao-da-gui");

    // The issuer's dashboard: 1 of 2 communes submitted, then drill down.
    issuer.driver.findElement(By.linkText("Tổng hợp báo cáo")).click();
    issuer
        .waiting()
        .until(
            d -> {
              List<WebElement> summary = d.findElements(By.id("completeness-summary"));
              if (!summary.isEmpty() && summary.get(0).getText().contains("Đã nộp 1/2")) {
                return true;
              }
              if (!summary.isEmpty()) {
                d.navigate().refresh(); // running totals are updated as the report is stored
              }
              return false;
            });
    assertThat(issuer.driver.findElement(By.id("completeness-summary")).getText())
        .contains("Đã nộp 1/2", "50%", "chưa nộp 1");
    WebElement children = issuer.driver.findElement(By.id("children-table"));
    assertThat(children.findElement(By.cssSelector("tr[data-unit='dn-tranbien']")).getText())
        .contains("Đảng ủy phường Trấn Biên", "1/1");
    assertThat(children.findElement(By.cssSelector("tr[data-unit='dn-xuanloc']")).getText())
        .contains("Đảng ủy xã Xuân Lộc", "0/1");
    assertThat(issuer.driver.findElement(By.id("indicator-table")).getText())
        .contains(
            "Số buổi tuyên truyền", "12", "Chưa đạt", "Tỷ lệ đảng viên tham gia", "85", "Đạt");
    List<WebElement> exports = issuer.driver.findElements(By.cssSelector("#exports a"));
    assertThat(exports)
        .extracting(e -> e.getAttribute("href"))
        .anySatisfy(href -> assertThat(href).contains("/api/reports/figures.csv?directiveId="))
        .anySatisfy(href -> assertThat(href).contains("/api/reports/figures.xlsx?"))
        .anySatisfy(
            href ->
                assertThat(href)
                    .contains("/api/reports/consolidation.docx?")
                    .contains("period=ONCE"));
    // Each download from the signed-in page (session cookie, relayed token): the file, not a page.
    List<String> hrefs = exports.stream().map(e -> e.getAttribute("href")).toList();
    List<String> downloads = fetchFromThePage(issuer, hrefs);
    for (int i = 0; i < hrefs.size(); i++) {
      String href = hrefs.get(i);
      String expected =
          href.contains(".csv?")
              ? "text/csv"
              : href.contains(".xlsx?")
                  ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      String reply = downloads.get(i);
      assertThat(reply).as(href).startsWith("200 " + expected);
      assertThat(Long.parseLong(reply.substring(reply.lastIndexOf(' ') + 1))).as(href).isPositive();
    }
    fits(issuer, "dashboard");
    issuer.js("document.getElementById('figures').scrollIntoView()");
    issuer.screenshot("60-tong-hop-1-tren-2");

    children.findElement(By.linkText("Đảng ủy xã Xuân Lộc")).click();
    issuer
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("completeness-summary"), "Đã nộp 0/1"));
    assertThat(issuer.driver.findElement(By.cssSelector("#figures h2")).getText())
        .isEqualTo("Đảng ủy xã Xuân Lộc");
    assertThat(issuer.driver.getCurrentUrl()).contains("dv=dn-xuanloc");
    fits(issuer, "dashboard drill-down");
    issuer.js("document.getElementById('figures').scrollIntoView()");
    issuer.screenshot("61-tong-hop-chi-tiet-xuan-loc");

    // The receiving unit's reviewer sees it waiting for review.
    issuer.driver.get(suite.gatewayUrl + "/bao-cao");
    issuer.await(By.cssSelector("#review a[data-id='" + obligationId + "']"));
    fits(issuer, "review list");
    issuer.screenshot("62-bao-cao-cho-duyet");

    // The reviewer returns it: without a comment the server's message sits under the field.
    issuer.driver.findElement(By.cssSelector("#review a[data-id='" + obligationId + "']")).click();
    issuer.await(By.id("review-form"));
    issuer.driver.findElement(By.id("return-report")).click();
    issuer
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("err-comment"), "Cần ghi rõ lý do trả lại"));
    assertThat(obligation(gateway, obligationId).path("state").asString()).isEqualTo("SUBMITTED");
    fits(issuer, "review with field error");
    issuer.screenshot("63-duyet-bao-cao-thieu-y-kien");
    String comment = "Đề nghị bổ sung số buổi tuyên truyền ở khu phố 3.";
    issuer.driver.findElement(By.id("f-comment")).sendKeys(comment);
    issuer.driver.findElement(By.id("return-report")).click();
    issuer.await(By.id("review-done"));
    assertThat(obligation(gateway, obligationId).path("state").asString()).isEqualTo("RETURNED");
    issuer.screenshot("64-da-tra-lai-bao-cao");

    // The commune sees the comment and sends the report again.
    reporter.driver.get(suite.gatewayUrl + "/bao-cao/" + obligationId);
    assertThat(reporter.await(By.id("review-comment")).getText()).contains(comment);
    assertThat(reporter.driver.findElement(By.id("report-state")).getText())
        .isEqualTo("Bị trả lại");
    WebElement sessions = reporter.driver.findElement(By.id("f-v-so-buoi-tuyen-truyen"));
    sessions.clear();
    sessions.sendKeys("14");
    fits(reporter, "returned report");
    reporter.js("document.getElementById('review-comment').scrollIntoView()");
    reporter.screenshot("65-bao-cao-bi-tra-lai");
    assertThat(reporter.driver.findElement(By.id("submit-report")).getText())
        .isEqualTo("Gửi lại báo cáo");
    reporter.driver.findElement(By.id("submit-report")).click();
    reporter.await(By.id("report-sent"));
    JsonNode resubmitted = obligation(gateway, obligationId);
    assertThat(resubmitted.path("state").asString()).isEqualTo("SUBMITTED");
    assertThat(resubmitted.path("submissions").asInt()).isEqualTo(2);
    assertThat(resubmitted.path("submitted").path("values").path("so-buoi-tuyen-truyen").asInt())
        .isEqualTo(14);
    reporter.screenshot("66-bao-cao-gui-lai");
  }

  /**
   * The issuer fills the compose screen: the directive, then its reporting requirement (one-off, a
   * fixed due date, the default sections less one, three indicators). The first attempt leaves a
   * target without its value: the server's message appears under that indicator and nothing is
   * issued. Right after start-up the directive service may not know the units yet (events in
   * flight): it refuses without storing anything, and the clerk presses the button again.
   */
  private static String issueFromCompose(Browser issuer, String subject) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    issuer.driver.get(suite.gatewayUrl + "/soan-thao");
    issuer.await(By.cssSelector("#recipients input[value='dn-xuanloc']"));
    select(issuer, "f-docType", "KH");
    select(issuer, "f-urgency", "KHAN");
    issuer.driver.findElement(By.id("f-place")).sendKeys("Đồng Nai");
    issuer.driver.findElement(By.id("f-subject")).sendKeys(subject);
    issuer
        .driver
        .findElement(By.id("f-body"))
        .sendKeys(
            "Các đảng ủy xã, phường tổ chức tuyên truyền và báo cáo kết quả về Ban Thường vụ Tỉnh"
                + " ủy.");
    for (String unit : List.of("dn-tranbien", "dn-xuanloc")) {
      issuer.driver.findElement(By.cssSelector("#recipients input[value='" + unit + "']")).click();
    }

    issuer.driver.findElement(By.id("f-reporting-on")).click();
    issuer.await(By.id("f-rq-title")).sendKeys("Báo cáo kết quả công tác dân vận");
    select(issuer, "f-rq-frequency", "ONE_OFF");
    setValue(issuer, "f-rq-from", today.minusDays(10).toString());
    setValue(issuer, "f-rq-to", today.plusDays(10).toString());
    select(issuer, "f-rq-due-kind", "DATE");
    setValue(issuer, "f-rq-due-date", today.plusDays(20).toString());
    assertThat(sectionTitles(issuer))
        .containsExactly(
            "Kết quả đạt được",
            "Hạn chế",
            "Nguyên nhân",
            "Bài học kinh nghiệm",
            "Nhiệm vụ thời gian tới",
            "Đề xuất kiến nghị");
    issuer.driver.findElements(By.cssSelector("#rq-sections li button")).get(3).click();
    assertThat(sectionTitles(issuer)).hasSize(5).doesNotContain("Bài học kinh nghiệm");
    indicator(issuer, "Số buổi tuyên truyền", "buổi", "COUNT", "SUM", "GTE", "");
    indicator(issuer, "Tỷ lệ đảng viên tham gia", "%", "PERCENT", "AVERAGE", "GTE", "80");
    indicator(issuer, "Có kế hoạch thực hiện", "", "YES_NO", "SHARE_MEETING_TARGET", "", "");

    issuer.driver.findElement(By.id("preview-button")).click();
    assertThat(issuer.await(By.id("preview-reporting")).getText())
        .contains(
            "Báo cáo kết quả công tác dân vận",
            "Một lần",
            "Gửi về: đơn vị ban hành",
            "I. Kết quả đạt được",
            "V. Đề xuất kiến nghị",
            "Tỷ lệ đảng viên tham gia (%)",
            "mục tiêu ≥ 80");

    issuer.driver.findElement(By.id("issue-button")).click();
    By targetError = By.cssSelector("[data-error-for='reporting[0].indicators[0].targetComplete']");
    issuer
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                targetError, "Mục tiêu cần cả phép so sánh và giá trị"));
    assertThat(issuer.driver.getCurrentUrl()).endsWith("/soan-thao");
    fits(issuer, "compose with a reporting requirement and a field error");
    issuer.screenshot("67-soan-yeu-cau-bao-cao-loi-chi-tieu");

    issuer
        .driver
        .findElements(By.cssSelector("#rq-indicators .indicator"))
        .get(0)
        .findElement(By.name("rq-target"))
        .sendKeys("30");
    issuer.driver.findElement(By.id("issue-button")).click();
    return issuer
        .waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              String url = d.getCurrentUrl();
              if (url.contains("/van-ban/")) {
                return url.substring(url.lastIndexOf('/') + 1);
              }
              String problem = d.findElement(By.id("form-problem")).getText();
              WebElement button = d.findElement(By.id("issue-button"));
              if (!problem.isEmpty() && button.isEnabled()) {
                assertThat(d.findElements(By.cssSelector(".field-error:not(:empty)")))
                    .as("only a not-yet-known unit is worth a retry: " + problem)
                    .isEmpty();
                button.click();
              }
              return null;
            });
  }

  private static List<String> sectionTitles(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#rq-sections .rq-section")).stream()
        .map(e -> e.getAttribute("value"))
        .toList();
  }

  /** Adds an indicator row and fills it ("" leaves a text box empty, picks "no target"). */
  private static void indicator(
      Browser browser,
      String name,
      String unit,
      String type,
      String aggregation,
      String operator,
      String target) {
    browser.driver.findElement(By.id("add-indicator")).click();
    List<WebElement> rows =
        browser.driver.findElements(By.cssSelector("#rq-indicators .indicator"));
    WebElement row = rows.get(rows.size() - 1);
    row.findElement(By.name("rq-name")).sendKeys(name);
    if (!unit.isEmpty()) {
      row.findElement(By.name("rq-unit")).sendKeys(unit);
    }
    new Select(row.findElement(By.name("rq-type"))).selectByValue(type);
    new Select(row.findElement(By.name("rq-aggregation"))).selectByValue(aggregation);
    new Select(row.findElement(By.name("rq-operator"))).selectByValue(operator);
    if (!target.isEmpty()) {
      row.findElement(By.name("rq-target")).sendKeys(target);
    }
  }

  private static void select(Browser browser, String id, String value) {
    new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
  }

  /** A date input takes its value as the page would set it: typing depends on the locale. */
  private static void setValue(Browser browser, String id, String value) {
    browser.js(
        "const el = document.getElementById(arguments[0]); el.value = arguments[1];"
            + " el.dispatchEvent(new Event('input', {bubbles: true}));"
            + " el.dispatchEvent(new Event('change', {bubbles: true}));",
        id,
        value);
  }

  /** GET of each address by the page's own fetch: "status content-type bytes" per address. */
  @SuppressWarnings("unchecked")
  private static List<String> fetchFromThePage(Browser browser, List<String> hrefs) {
    return (List<String>)
        browser.jsAsync(
            """
            const done = arguments[arguments.length - 1];
            Promise.all(arguments[0].map((href) => fetch(href, {credentials: 'same-origin'})
                .then(async (r) => r.status + ' ' + r.headers.get('Content-Type') + ' '
                                   + (await r.arrayBuffer()).byteLength)))
              .then(done, (e) => done(['0 ' + e]));
            """,
            hrefs);
  }

  private static void offline(Browser browser, boolean offline) {
    browser.cdp(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", offline,
            "latency", 0,
            "downloadThroughput", -1,
            "uploadThroughput", -1));
  }

  private static JsonNode obligation(Api gateway, String id) {
    Api.Reply reply = gateway.get("/api/reports/obligations/" + id, suite.token(REPORTER));
    assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    return reply.json();
  }

  private static JsonNode draftOnServer(Api gateway, String id) {
    JsonNode draft = obligation(gateway, id).path("draft");
    return draft.isMissingNode() || draft.isNull() ? null : draft;
  }

  private static WebElement itemWith(Browser browser, String css, String text) {
    return browser
        .waiting()
        .until(
            d ->
                d.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  private static void fits(Browser browser, String screen) {
    assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= 360;"))
        .as(screen + " fits 360 px")
        .isTrue();
  }
}
