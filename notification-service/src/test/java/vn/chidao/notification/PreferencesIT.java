package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.report.ObligationsOpened;
import vn.chidao.contracts.report.ReportAccepted;
import vn.chidao.contracts.report.ReportPeriodRef;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;

/**
 * The preferences API, and what preferences do to real deliveries: quiet hours, the digest and the
 * urgency bypass, with the service's clock moved to the evening and on to the next morning.
 */
class PreferencesIT extends ServiceHarness {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalPushService push = LocalPushService.start();

  @AfterAll
  static void stopPushService() {
    push.close();
  }

  @AfterEach
  void realTimeAgain() {
    CLOCK.reset();
  }

  private WebTestClient.ResponseSpec put(String username, String unit, String body) {
    return web.put()
        .uri("/api/notifications/preferences")
        .headers(h -> h.setBearerAuth(token(username, unit)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  /** Tomorrow (and later) at {@code time} in Vietnam: always ahead of the real clock. */
  private static Instant vn(int daysAhead, LocalTime time) {
    return ZonedDateTime.of(LocalDate.now(VN).plusDays(daysAhead), time, VN).toInstant();
  }

  private long entries(String eventId, String channel, String status) {
    return mongo
        .count(
            query(where("eventId").is(eventId).and("channel").is(channel).and("status").is(status)),
            "deliveries")
        .block();
  }

  @Test
  void someone_who_chose_nothing_has_every_channel_on_and_no_quiet_hours() {
    web.get()
        .uri("/api/notifications/preferences")
        .headers(h -> h.setBearerAuth(token(unique("u"), "unit-pref")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.channels.NEW_DIRECTIVE.email")
        .isEqualTo(true)
        .jsonPath("$.channels.REPORT_STATUS.push")
        .isEqualTo(true)
        .jsonPath("$.quietHours")
        .doesNotExist()
        .jsonPath("$.digest")
        .doesNotExist();
  }

  @Test
  void preferences_are_stored_per_person_and_read_back() {
    String username = unique("u");
    put(
            username,
            "unit-pref",
            """
            {"channels":{"NEW_DIRECTIVE":{"push":false},"DUE_SOON":{"email":false}},
             "quietHours":{"start":"21:00","end":"06:30"},
             "digest":{"at":"07:00","zone":"Asia/Ho_Chi_Minh"}}""")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.channels.NEW_DIRECTIVE.push")
        .isEqualTo(false)
        .jsonPath("$.channels.NEW_DIRECTIVE.email")
        .isEqualTo(true)
        .jsonPath("$.quietHours.zone")
        .isEqualTo("Asia/Ho_Chi_Minh");

    web.get()
        .uri("/api/notifications/preferences")
        .headers(h -> h.setBearerAuth(token(username, "unit-pref")))
        .exchange()
        .expectBody()
        .jsonPath("$.channels.DUE_SOON.email")
        .isEqualTo(false)
        .jsonPath("$.quietHours.start")
        .isEqualTo("21:00")
        .jsonPath("$.digest.at")
        .isEqualTo("07:00");
    web.get()
        .uri("/api/notifications/preferences")
        .headers(h -> h.setBearerAuth(token(unique("other"), "unit-pref")))
        .exchange()
        .expectBody()
        .jsonPath("$.quietHours")
        .doesNotExist();
  }

  @Test
  void bad_preferences_are_refused_field_by_field_and_change_nothing() {
    String username = unique("u");
    put(username, "unit-pref", "{\"quietHours\":{\"start\":\"21:00\",\"end\":\"06:30\"}}")
        .expectStatus()
        .isOk();

    put(
            username,
            "unit-pref",
            """
            {"channels":{"KHONG_CO":{"email":false},"OVERDUE":{"sms":true}},
             "quietHours":{"start":"25:00","end":"06:30","zone":"Mars/Base"},
             "digest":{"at":"7h"}}""")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).startsWith("Tùy chọn thông báo không hợp lệ"))
        .jsonPath("$.errors[*].field")
        .value(
            fields ->
                assertThat(((List<?>) fields).stream().map(String::valueOf).toList())
                    .containsExactlyInAnyOrder(
                        "channels.KHONG_CO",
                        "channels.OVERDUE.sms",
                        "quietHours.start",
                        "quietHours.zone",
                        "digest.at"));

    web.get()
        .uri("/api/notifications/preferences")
        .headers(h -> h.setBearerAuth(token(username, "unit-pref")))
        .exchange()
        .expectBody()
        .jsonPath("$.quietHours.start")
        .isEqualTo("21:00");
    put(username, "unit-pref", "{\"channels\": [")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    web.put()
        .uri("/api/notifications/preferences")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void in_quiet_hours_normal_alerts_wait_for_the_morning_and_hoa_toc_goes_at_once()
      throws Exception {
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
    // Quiet hours around the present (the clock moves only minutes: VAPID tokens are checked
    // against real time by the push service).
    LocalTime now = LocalTime.now(VN).truncatedTo(ChronoUnit.MINUTES);
    put(
            clerk,
            unit,
            "{\"quietHours\":{\"start\":\""
                + now.minusMinutes(30)
                + "\",\"end\":\""
                + now.plusMinutes(10)
                + "\"}}")
        .expectStatus()
        .isOk();

    DirectiveDelivered normal =
        delivered(unique("evt"), unique("dir"), "về việc thường", "NORMAL", unit);
    DirectiveDelivered urgent =
        delivered(unique("evt"), unique("dir"), "về việc hỏa tốc", "HOA_TOC", unit);
    publish(normal);
    publish(urgent);

    await().atMost(EVENTUALLY).until(() -> mailsTo(clerk).size() == 1);
    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 1);
    assertThat(mailsTo(clerk).get(0).getSubject()).contains("về việc hỏa tốc");
    assertThat(notificationsFor(normal.eventId())).as("the inbox records at once").isEqualTo(1);
    assertThat(entries(normal.eventId(), "EMAIL", "HELD")).isEqualTo(1);
    assertThat(entries(normal.eventId(), "PUSH", "HELD")).isEqualTo(1);

    CLOCK.setNow(Instant.now().plus(Duration.ofMinutes(5)));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(() -> entries(normal.eventId(), "EMAIL", "HELD") == 1);

    CLOCK.setNow(Instant.now().plus(Duration.ofMinutes(12)));
    await().atMost(EVENTUALLY).until(() -> mailsTo(clerk).size() == 2);
    await().atMost(EVENTUALLY).until(() -> push.receivedBy(browser).size() == 2);
    assertThat(mailsTo(clerk).get(1).getSubject()).contains("về việc thường");
    await().atMost(EVENTUALLY).until(() -> entries(normal.eventId(), "PUSH", "SENT") == 1);
  }

  @Test
  void low_priority_alerts_arrive_as_one_digest_at_the_chosen_hour() throws Exception {
    String unit = unique("unit");
    String clerk = unique("vanthu");
    joins(clerk, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);
    LocalTime digestAt = LocalTime.now(VN).truncatedTo(ChronoUnit.MINUTES).plusMinutes(5);
    put(clerk, unit, "{\"digest\":{\"at\":\"" + digestAt + "\"}}").expectStatus().isOk();
    ReportPeriodRef period =
        new ReportPeriodRef(
            "dir-dv",
            "84-CV/ĐU",
            "req-1",
            "Báo cáo công tác dân vận",
            "2026-Y",
            "năm 2026",
            LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 12, 14),
            vn(30, LocalTime.MIDNIGHT),
            "dn-tinhuy",
            null);

    String opened = unique("evt");
    String accepted = unique("evt");
    publish(
        Destinations.OBLIGATIONS_OPENED,
        new ObligationsOpened(opened, Instant.now(), "dong-nai", period, 1, 1, List.of(unit)));
    publish(
        Destinations.REPORT_ACCEPTED,
        new ReportAccepted(
            accepted, Instant.now(), "dong-nai", period, "obl", "rep", unit, "Chi bộ", 1, "kt"));
    DirectiveDelivered important = directive(unique("evt"), "về việc quan trọng", unit);
    publish(important);

    await().atMost(EVENTUALLY).until(() -> mailsTo(clerk).size() == 1);
    assertThat(mailsTo(clerk).get(0).getSubject()).contains("về việc quan trọng");
    await()
        .atMost(EVENTUALLY)
        .until(
            () ->
                entries(opened, "EMAIL", "DIGEST") == 1
                    && entries(accepted, "EMAIL", "DIGEST") == 1);

    CLOCK.setNow(Instant.now().plus(Duration.ofMinutes(3)));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(5))
        .until(() -> entries(opened, "EMAIL", "DIGEST") == 1);

    CLOCK.setNow(Instant.now().plus(Duration.ofMinutes(6)));
    await().atMost(EVENTUALLY).until(() -> mailsTo(clerk).size() == 2);
    var digest = mailsTo(clerk).get(1);
    assertThat(digest.getSubject()).isEqualTo("[chidao] Tóm tắt thông báo: 2 thông báo mới");
    assertThat(TriggersIT.textOf(digest))
        .contains("- Báo cáo cần thực hiện: Báo cáo công tác dân vận năm 2026")
        .contains("- Báo cáo đã được tiếp nhận: Báo cáo công tác dân vận năm 2026");
    assertThat(entries(opened, "EMAIL", "DIGESTED")).isEqualTo(1);
    assertThat(entries(accepted, "EMAIL", "DIGESTED")).isEqualTo(1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mailsTo(clerk).size() == 2);
  }
}
