package vn.chidao.notification.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.alert.model.Alert;
import vn.chidao.notification.alert.model.AlertWording;
import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.alert.model.Directives;
import vn.chidao.notification.alert.model.UnitMember;
import vn.chidao.notification.alert.model.Urgency;
import vn.chidao.notification.inbox.InAppNotification;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.notification.preference.model.DailyDigest;
import vn.chidao.notification.preference.model.DeliveryPlanner;
import vn.chidao.notification.preference.model.Preferences;
import vn.chidao.notification.preference.model.QuietHours;
import vn.chidao.notification.push.application.QueuePushes;

class AlertingTest {

  /** 22:00 in Vietnam. */
  private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  private final List<UnitMember> directory = new ArrayList<>();
  private final Map<String, Preferences> preferences = new HashMap<>();
  private final List<InAppNotification> inbox = new ArrayList<>();
  private final List<MailRequest> outbox = new ArrayList<>();
  private final List<List<String>> queries = new ArrayList<>();
  private final List<QueuePushes.Recipient> pushes = new ArrayList<>();
  private final List<String> pushUrgencies = new ArrayList<>();

  private final Alerting alerting =
      new Alerting(
          this::activeIn,
          usernames -> Mono.just(Map.copyOf(preferences)),
          new DeliveryPlanner(),
          notifications -> Mono.fromRunnable(() -> inbox.addAll(notifications)),
          mails -> Mono.fromRunnable(() -> outbox.addAll(mails)),
          alert -> new MailContent(alert.mailSubject(), "text", "<p>html</p>"),
          new QueuePushes() {
            @Override
            public Mono<Void> queue(PushAlert alert, Collection<Recipient> recipients) {
              return Mono.fromRunnable(
                  () -> {
                    pushes.addAll(recipients);
                    recipients.forEach(r -> pushUrgencies.add(alert.headers().urgency()));
                  });
            }
          },
          alert -> "{\"title\":\"" + alert.title() + "\"}",
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static Alert newDirective(Urgency urgency) {
    return AlertWording.newDirective(
        Directives.withUrgency(Directives.congVan(), urgency), "dn-tinhuy");
  }

  @Test
  void the_leaders_and_clerk_of_a_receiving_unit_get_an_inbox_entry_an_e_mail_and_a_push() {
    directory.add(member("tranbien.bithu", "BI_THU", "tranbien.bithu@chidao.test"));
    directory.add(member("tranbien.vanthu", "VAN_THU", "tranbien.vanthu@chidao.test"));
    directory.add(member("tranbien.quantri", "QUAN_TRI", "tranbien.quantri@chidao.test"));

    alerting.alert(newDirective(Urgency.HOA_TOC)).block();

    assertThat(inbox)
        .extracting(InAppNotification::username)
        .containsExactly("tranbien.bithu", "tranbien.vanthu");
    assertThat(outbox)
        .extracting(m -> m.message().to())
        .containsExactly("tranbien.bithu@chidao.test", "tranbien.vanthu@chidao.test");
    assertThat(queries).as("one query for the whole batch").containsExactly(List.of("dn-tranbien"));
    assertThat(pushes)
        .extracting(QueuePushes.Recipient::username)
        .containsExactly("tranbien.bithu", "tranbien.vanthu");
    assertThat(pushUrgencies).containsOnly("high");
  }

  @Test
  void the_inbox_entry_carries_the_alert_and_its_keys() {
    directory.add(member("tranbien.vanthu", "VAN_THU", "tranbien.vanthu@chidao.test"));

    alerting.alert(newDirective(Urgency.HOA_TOC)).block();

    DirectiveAlert words = new DirectiveAlert(Directives.congVan());
    assertThat(inbox)
        .singleElement()
        .isEqualTo(
            new InAppNotification(
                "evt-1",
                "tranbien.vanthu",
                "dong-nai",
                "dn-tranbien",
                "NEW_DIRECTIVE",
                words.title(),
                words.body(),
                "dir-1",
                "HOA_TOC",
                NOW));
    assertThat(outbox)
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.eventId()).isEqualTo("evt-1");
              assertThat(mail.username()).isEqualTo("tranbien.vanthu");
              assertThat(mail.directiveId()).isEqualTo("dir-1");
              assertThat(mail.kind()).isEqualTo("NEW_DIRECTIVE");
              assertThat(mail.holdUntil()).isNull();
              assertThat(mail.message().toName()).isEqualTo("Văn thư tranbien.vanthu");
            });
  }

  @Test
  void in_quiet_hours_e_mail_and_push_are_held_but_the_inbox_records_at_once() {
    directory.add(member("tranbien.vanthu", "VAN_THU", "tranbien.vanthu@chidao.test"));
    preferences.put("tranbien.vanthu", new Preferences(Map.of(), night(), null));

    alerting.alert(newDirective(Urgency.NORMAL)).block();

    Instant morning = Instant.parse("2026-11-22T23:30:00Z"); // 06:30 in Vietnam
    assertThat(inbox).hasSize(1);
    assertThat(outbox).singleElement().satisfies(m -> assertThat(m.holdUntil()).isEqualTo(morning));
    assertThat(pushes).singleElement().satisfies(r -> assertThat(r.holdUntil()).isEqualTo(morning));
  }

  @Test
  void a_hoa_toc_directive_is_sent_at_once_in_quiet_hours() {
    directory.add(member("tranbien.vanthu", "VAN_THU", "tranbien.vanthu@chidao.test"));
    preferences.put("tranbien.vanthu", new Preferences(Map.of(), night(), null));

    alerting.alert(newDirective(Urgency.HOA_TOC)).block();

    assertThat(outbox).singleElement().satisfies(m -> assertThat(m.holdUntil()).isNull());
    assertThat(pushes).singleElement().satisfies(r -> assertThat(r.holdUntil()).isNull());
  }

  @Test
  void a_low_priority_alert_joins_the_digest_of_who_asked_for_one() {
    directory.add(member("tranbien.vanthu", "VAN_THU", "tranbien.vanthu@chidao.test"));
    preferences.put(
        "tranbien.vanthu",
        new Preferences(Map.of(), null, new DailyDigest(LocalTime.of(7, 0), VN)));

    alerting
        .alert(
            AlertWording.obligationsOpened(
                "evt-ob",
                "dong-nai",
                new AlertWording.ReportRef(
                    "dir-1",
                    "84-CV/ĐU",
                    "Báo cáo công tác dân vận",
                    "năm 2026",
                    null,
                    "dn-tinhuy",
                    null),
                List.of("dn-tranbien")))
        .block();

    assertThat(outbox)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.digestAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
              assertThat(m.message().subject())
                  .isEqualTo("[chidao] Báo cáo cần thực hiện: Báo cáo công tác dân vận năm 2026");
            });
  }

  @Test
  void an_overdue_report_alerts_the_unit_and_escalates_to_the_superiors_reviewers() {
    directory.add(member("tranbien.bithu", "BI_THU", "b@chidao.test"));
    directory.add(
        new UnitMember(
            "tinhuy.kiemtra",
            "dn-tinhuy",
            "dong-nai",
            "MEMBER",
            "k@chidao.test",
            "K",
            true,
            List.of("reviewer")));
    directory.add(member2("dn-tinhuy", "tinhuy.bithu", "BI_THU"));

    alerting
        .alert(
            AlertWording.overdue(
                "evt-od",
                "dong-nai",
                new AlertWording.ReportRef(
                    "dir-1", "84-CV/ĐU", "Báo cáo", "quý IV", NOW, "dn-tinhuy", null),
                List.of("dn-tranbien")))
        .block();

    assertThat(inbox)
        .extracting(InAppNotification::username)
        .containsExactlyInAnyOrder("tranbien.bithu", "tinhuy.kiemtra");
    assertThat(queries).containsExactly(List.of("dn-tranbien", "dn-tinhuy"));
  }

  @Test
  void someone_without_an_e_mail_address_still_gets_the_inbox_entry() {
    directory.add(member("tranbien.bithu", "BI_THU", null));

    alerting.alert(newDirective(Urgency.NORMAL)).block();

    assertThat(inbox).hasSize(1);
    assertThat(outbox).isEmpty();
  }

  @Test
  void a_unit_without_anyone_to_alert_produces_nothing() {
    alerting.alert(newDirective(Urgency.NORMAL)).block();

    assertThat(inbox).isEmpty();
    assertThat(outbox).isEmpty();
    assertThat(pushes).isEmpty();
  }

  private static QuietHours night() {
    return new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 30), VN);
  }

  private Flux<UnitMember> activeIn(
      List<String> unitIds, Collection<String> positions, Collection<String> roles) {
    queries.add(List.copyOf(unitIds));
    // Like the store, answer by unit only; the audience must still filter.
    return Flux.fromIterable(directory).filter(m -> unitIds.contains(m.unitId()));
  }

  private static UnitMember member(String username, String position, String email) {
    return new UnitMember(
        username, "dn-tranbien", "dong-nai", position, email, "Văn thư " + username, true);
  }

  private static UnitMember member2(String unit, String username, String position) {
    return new UnitMember(username, unit, "dong-nai", position, username + "@x.vn", username, true);
  }
}
