package vn.chidao.notification.alert.adapter.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.contracts.report.ReportPeriodRef;
import vn.chidao.contracts.report.ReportReturned;
import vn.chidao.notification.alert.model.Alert;
import vn.chidao.notification.alert.model.AlertKind;
import vn.chidao.notification.alert.model.Urgency;
import vn.chidao.notification.push.model.PushHeaders;
import vn.chidao.platform.messaging.UnusableEvent;

class EventAlertsTest {

  private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

  private static DirectiveDelivered delivered(String eventId, List<String> units) {
    return new DirectiveDelivered(
        eventId,
        AT,
        "dong-nai",
        "dir-1",
        "CV",
        "84-CV/ĐU",
        "về việc thử nghiệm",
        "dn-tinhuy",
        "Tỉnh ủy Đồng Nai",
        "THUONG_KHAN",
        "NONE",
        "IMPLEMENT",
        null,
        1,
        1,
        units,
        List.of());
  }

  @Test
  void a_delivered_batch_becomes_a_new_directive_alert_for_its_units() {
    Alert alert = EventAlerts.of(delivered("evt-1", List.of("dn-tranbien", "dn-buuhoa")));

    assertThat(alert.kind()).isEqualTo(AlertKind.NEW_DIRECTIVE);
    assertThat(alert.urgency()).isEqualTo(Urgency.THUONG_KHAN);
    assertThat(alert.issuerUnitId()).isEqualTo("dn-tinhuy");
    assertThat(alert.audience().unitIds()).containsExactly("dn-tranbien", "dn-buuhoa");
    assertThat(alert.title()).isEqualTo("Văn bản mới: Công văn số 84-CV/ĐU");
  }

  @Test
  void a_supersession_shares_the_push_topic_of_the_directive_it_replaces() {
    Alert alert =
        EventAlerts.of(
            new DirectiveRecalled(
                "evt-2",
                AT,
                "dong-nai",
                "dir-1",
                "CV",
                "84-CV/ĐU",
                "về việc thử nghiệm",
                "dn-tinhuy",
                "Tỉnh ủy Đồng Nai",
                "NORMAL",
                "SUPERSEDED",
                null,
                "dir-2",
                "90-CV/ĐU",
                1,
                1,
                List.of("dn-tranbien")));

    assertThat(alert.kind()).isEqualTo(AlertKind.DIRECTIVE_SUPERSEDED);
    assertThat(PushHeaders.forAlert(alert.topicKey(), alert.urgency()).topic())
        .isEqualTo(PushHeaders.topicOf("dir-1"));
    assertThat(alert.body()).startsWith("Thay thế bởi văn bản số 90-CV/ĐU.");
    assertThat(alert.linkPath()).isEqualTo("/van-ban/dir-2");
  }

  @Test
  void a_returned_report_carries_the_reviewers_comment() {
    Alert alert =
        EventAlerts.of(
            new ReportReturned(
                "evt-3",
                AT,
                "dong-nai",
                new ReportPeriodRef(
                    "dir-1",
                    "84-CV/ĐU",
                    "req",
                    "Báo cáo dân vận",
                    "2026-Y",
                    "năm 2026",
                    LocalDate.of(2025, 12, 15),
                    LocalDate.of(2026, 12, 14),
                    AT,
                    "dn-tinhuy",
                    null),
                "obl",
                "rep",
                "dn-tranbien",
                "Đảng ủy phường Trấn Biên",
                1,
                "Thiếu số liệu",
                "kt"));

    assertThat(alert.body()).isEqualTo("Báo cáo được trả lại để chỉnh sửa. Ý kiến: Thiếu số liệu");
    assertThat(alert.audience().unitIds()).containsExactly("dn-tranbien");
  }

  @Test
  void events_that_cannot_be_alerted_about_are_unusable_and_say_why() {
    assertThatThrownBy(() -> EventAlerts.of(delivered(null, List.of("u"))))
        .isInstanceOf(UnusableEvent.class)
        .hasMessageContaining("eventId");
    assertThatThrownBy(() -> EventAlerts.of(delivered("evt", List.of())))
        .isInstanceOf(UnusableEvent.class)
        .hasMessageContaining("unitIds");
    assertThatThrownBy(() -> EventAlerts.of((DirectiveDelivered) null))
        .isInstanceOf(UnusableEvent.class);
  }
}
