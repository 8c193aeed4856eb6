package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.contracts.report.ObligationsOpened;
import vn.chidao.contracts.report.ReportAccepted;
import vn.chidao.contracts.report.ReportOverdue;
import vn.chidao.contracts.report.ReportPeriodRef;
import vn.chidao.contracts.report.ReportReturned;
import vn.chidao.contracts.report.ReportSubmitted;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;
import vn.chidao.testsupport.push.ReceivedPush;

/** Each trigger over the broker, and who it reaches: by position in the unit and by role. */
class TriggersIT extends ServiceHarness {

  private static final LocalPushService push = LocalPushService.start();
  private static final JsonMapper json = JsonMapper.builder().build();

  @AfterAll
  static void stopPushService() {
    push.close();
  }

  private static ReportPeriodRef period(String reportTo, String via) {
    return new ReportPeriodRef(
        "dir-dv",
        "84-CV/ĐU",
        "req-1",
        "Báo cáo công tác dân vận",
        "2026-Y",
        "năm 2026",
        LocalDate.of(2025, 12, 15),
        LocalDate.of(2026, 12, 14),
        Instant.parse("2026-12-14T17:00:00Z"),
        reportTo,
        via);
  }

  private List<String> inboxKinds(String username) {
    return mongo
        .find(query(where("username").is(username)), Document.class, "notifications")
        .map(d -> d.getString("kind"))
        .collectList()
        .block();
  }

  @Test
  void a_superseding_alert_reaches_the_same_people_and_replaces_the_push_of_the_old_directive() {
    String unit = unique("unit");
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    BrowserSubscription browser = push.subscribe();
    web.post()
        .uri("/api/notifications/push/subscriptions")
        .headers(h -> h.setBearerAuth(token(clerk, unit)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(browser.toJson())
        .exchange()
        .expectStatus()
        .isCreated();
    DirectiveDelivered delivered = directive(unique("evt"), "về việc cũ", unit);
    publish(delivered);
    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 1);

    publish(
        Destinations.DIRECTIVE_RECALLED,
        new DirectiveRecalled(
            unique("evt"),
            Instant.now(),
            "dong-nai",
            delivered.directiveId(),
            "CV",
            "84-CV/ĐU",
            "về việc cũ",
            ISSUER_UNIT,
            "Tỉnh ủy Đồng Nai",
            "NORMAL",
            "SUPERSEDED",
            null,
            "dir-moi",
            "90-CV/ĐU",
            1,
            1,
            List.of(unit)));

    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 2);
    List<ReceivedPush> pushes = push.receivedBy(browser);
    assertThat(pushes.get(1).topic())
        .as("same Topic as the push that announced it")
        .isEqualTo(pushes.get(0).topic())
        .isNotBlank();
    assertThat(json.readTree(pushes.get(1).text()).get("title").asString())
        .isEqualTo("Văn bản đã được thay thế: Công văn số 84-CV/ĐU");
    assertThat(json.readTree(pushes.get(1).text()).get("url").asString())
        .isEqualTo("https://chidao.test/van-ban/dir-moi");
    assertThat(inboxKinds(clerk))
        .containsExactlyInAnyOrder("NEW_DIRECTIVE", "DIRECTIVE_SUPERSEDED");
    await().atMost(EVENTUALLY).until(() -> mailsTo(clerk).size() == 2);
  }

  @Test
  void an_obligation_reaches_the_leaders_clerk_and_reporters_but_not_other_members() {
    String unit = unique("unit");
    String secretary = unique("bithu");
    String reporter = unique("baocao");
    String member = unique("dangvien");
    Instant at = Instant.now();
    joins(secretary, unit, "BI_THU", at);
    publishMembership(reporter, unit, "MEMBER", true, at, List.of("reporter"));
    joins(member, unit, "MEMBER", at);
    awaitMembers(unit, 3);

    publish(
        Destinations.OBLIGATIONS_OPENED,
        new ObligationsOpened(
            unique("evt"), at, "dong-nai", period("dn-tinhuy", null), 1, 1, List.of(unit)));

    await().atMost(EVENTUALLY).until(() -> mailsTo(reporter).size() == 1);
    await().atMost(EVENTUALLY).until(() -> mailsTo(secretary).size() == 1);
    assertThat(mailsTo(member)).isEmpty();
    assertThat(inboxKinds(reporter)).containsExactly("OBLIGATION_OPENED");
  }

  @Test
  void an_overdue_report_escalates_to_the_reviewers_of_the_unit_it_goes_to() throws Exception {
    String late = unique("unit");
    String superior = unique("tinhuy");
    String secretary = unique("bithu");
    String reviewer = unique("kiemtra");
    String superiorSecretary = unique("bithutinh");
    Instant at = Instant.now();
    joins(secretary, late, "BI_THU", at);
    publishMembership(reviewer, superior, "MEMBER", true, at, List.of("reviewer"));
    joins(superiorSecretary, superior, "BI_THU", at);
    awaitMembers(late, 1);
    awaitMembers(superior, 2);

    publish(
        Destinations.REPORT_OVERDUE,
        new ReportOverdue(
            unique("evt"), at, "dong-nai", period(superior, null), 1, 1, List.of(late)));

    await().atMost(EVENTUALLY).until(() -> mailsTo(reviewer).size() == 1);
    await().atMost(EVENTUALLY).until(() -> mailsTo(secretary).size() == 1);
    MimeMessage escalation = mailsTo(reviewer).get(0);
    assertThat(escalation.getSubject())
        .isEqualTo("[chidao] Quá hạn nộp báo cáo: Báo cáo công tác dân vận năm 2026");
    assertThat(inboxKinds(reviewer)).containsExactly("REPORT_OVERDUE");
    assertThat(mailsTo(superiorSecretary)).as("not a reviewer").isEmpty();
  }

  @Test
  void a_submitted_report_reaches_reviewers_there_and_on_the_way_and_its_return_the_unit()
      throws Exception {
    String unit = unique("unit");
    String reportTo = unique("tinhuy");
    String via = unique("bandanvan");
    String reporter = unique("baocao");
    String reviewerTop = unique("kiemtra");
    String reviewerVia = unique("chuyenvien");
    Instant at = Instant.now();
    publishMembership(reporter, unit, "MEMBER", true, at, List.of("reporter"));
    publishMembership(reviewerTop, reportTo, "MEMBER", true, at, List.of("reviewer"));
    publishMembership(reviewerVia, via, "MEMBER", true, at, List.of("reviewer"));
    awaitMembers(unit, 1);
    awaitMembers(reportTo, 1);
    awaitMembers(via, 1);
    ReportPeriodRef period = period(reportTo, via);

    publish(
        Destinations.REPORT_SUBMITTED,
        new ReportSubmitted(
            unique("evt"),
            at,
            "dong-nai",
            period,
            "obl-1",
            "rep-1",
            unit,
            "Chi bộ Khu phố 3",
            1,
            true,
            reporter));
    await().atMost(EVENTUALLY).until(() -> mailsTo(reviewerTop).size() == 1);
    await().atMost(EVENTUALLY).until(() -> mailsTo(reviewerVia).size() == 1);
    assertThat(mailsTo(reporter)).isEmpty();

    publish(
        Destinations.REPORT_RETURNED,
        new ReportReturned(
            unique("evt"),
            at,
            "dong-nai",
            period,
            "obl-1",
            "rep-1",
            unit,
            "Chi bộ Khu phố 3",
            1,
            "Bổ sung số liệu mục II.3",
            reviewerTop));
    await().atMost(EVENTUALLY).until(() -> mailsTo(reporter).size() == 1);
    String text = textOf(mailsTo(reporter).get(0));
    assertThat(text).contains("Ý kiến: Bổ sung số liệu mục II.3");

    publish(
        Destinations.REPORT_ACCEPTED,
        new ReportAccepted(
            unique("evt"),
            at,
            "dong-nai",
            period,
            "obl-1",
            "rep-2",
            unit,
            "Chi bộ Khu phố 3",
            2,
            reviewerTop));
    await().atMost(EVENTUALLY).until(() -> mailsTo(reporter).size() == 2);
    assertThat(inboxKinds(reporter))
        .containsExactlyInAnyOrder("REPORT_RETURNED", "REPORT_ACCEPTED");
    assertThat(inboxKinds(reviewerTop)).containsExactly("REPORT_SUBMITTED");
  }

  static String textOf(MimeMessage message) throws Exception {
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
    return (String) parts.getBodyPart(0).getContent();
  }
}
