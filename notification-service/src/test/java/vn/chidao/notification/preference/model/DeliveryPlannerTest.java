package vn.chidao.notification.preference.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chidao.notification.alert.model.AlertKind;
import vn.chidao.notification.alert.model.AlertTopic;
import vn.chidao.notification.alert.model.Urgency;

/** Times are Vietnam time (UTC+7); each test fixes the clock where it needs it. */
class DeliveryPlannerTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final QuietHours NIGHT =
      new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 30), VN);
  private static final DailyDigest SEVEN = new DailyDigest(LocalTime.of(7, 0), VN);

  private final DeliveryPlanner planner = new DeliveryPlanner();

  private static Clock at(String local) {
    return Clock.fixed(ZonedDateTime.of(java.time.LocalDateTime.parse(local), VN).toInstant(), VN);
  }

  private static Instant vn(String local) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), VN).toInstant();
  }

  @Test
  void without_preferences_everything_goes_now() {
    DeliveryPlanner.Plan plan =
        planner.plan(
            null, AlertKind.NEW_DIRECTIVE, Urgency.NORMAL, at("2026-11-22T23:00").instant());

    assertThat(plan.email()).isEqualTo(ChannelPlan.NOW);
    assertThat(plan.push()).isEqualTo(ChannelPlan.NOW);
  }

  @Test
  void in_quiet_hours_a_normal_alert_is_held_until_they_end_the_next_morning() {
    Preferences quiet = new Preferences(Map.of(), NIGHT, null);

    DeliveryPlanner.Plan evening =
        planner.plan(
            quiet, AlertKind.NEW_DIRECTIVE, Urgency.KHAN, at("2026-11-22T22:15").instant());
    DeliveryPlanner.Plan small_hours =
        planner.plan(
            quiet, AlertKind.REPORT_OVERDUE, Urgency.NORMAL, at("2026-11-23T05:00").instant());

    assertThat(evening.email()).isEqualTo(ChannelPlan.hold(vn("2026-11-23T06:30")));
    assertThat(evening.push()).isEqualTo(ChannelPlan.hold(vn("2026-11-23T06:30")));
    assertThat(small_hours.push()).isEqualTo(ChannelPlan.hold(vn("2026-11-23T06:30")));
  }

  @Test
  void outside_quiet_hours_and_at_their_end_alerts_go_now() {
    Preferences quiet = new Preferences(Map.of(), NIGHT, null);

    assertThat(
            planner
                .plan(
                    quiet,
                    AlertKind.NEW_DIRECTIVE,
                    Urgency.NORMAL,
                    at("2026-11-23T06:30").instant())
                .push())
        .isEqualTo(ChannelPlan.NOW);
    assertThat(
            planner
                .plan(
                    quiet,
                    AlertKind.NEW_DIRECTIVE,
                    Urgency.NORMAL,
                    at("2026-11-22T20:59").instant())
                .email())
        .isEqualTo(ChannelPlan.NOW);
  }

  @Test
  void quiet_hours_within_one_day_hold_only_inside_them() {
    Preferences lunch =
        new Preferences(
            Map.of(), new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 0), VN), null);

    assertThat(
            planner
                .plan(
                    lunch,
                    AlertKind.NEW_DIRECTIVE,
                    Urgency.NORMAL,
                    at("2026-11-22T12:00").instant())
                .push())
        .isEqualTo(ChannelPlan.hold(vn("2026-11-22T13:00")));
    assertThat(
            planner
                .plan(
                    lunch,
                    AlertKind.NEW_DIRECTIVE,
                    Urgency.NORMAL,
                    at("2026-11-22T13:00").instant())
                .push())
        .isEqualTo(ChannelPlan.NOW);
  }

  @Test
  void thuong_khan_and_hoa_toc_bypass_quiet_hours_and_the_digest() {
    Preferences both = new Preferences(Map.of(), NIGHT, SEVEN);
    Instant night = at("2026-11-22T23:30").instant();

    for (Urgency urgent : new Urgency[] {Urgency.THUONG_KHAN, Urgency.HOA_TOC}) {
      DeliveryPlanner.Plan plan = planner.plan(both, AlertKind.NEW_DIRECTIVE, urgent, night);
      assertThat(plan.email()).isEqualTo(ChannelPlan.NOW);
      assertThat(plan.push()).isEqualTo(ChannelPlan.NOW);
    }
    assertThat(planner.plan(both, AlertKind.OBLIGATION_OPENED, Urgency.HOA_TOC, night).email())
        .isEqualTo(ChannelPlan.NOW);
    assertThat(planner.plan(both, AlertKind.NEW_DIRECTIVE, Urgency.KHAN, night).push())
        .as("Khẩn alone is not urgent enough to wake anyone")
        .isEqualTo(ChannelPlan.hold(vn("2026-11-23T06:30")));
  }

  @Test
  void low_priority_e_mails_join_the_next_digest_while_others_do_not() {
    Preferences digest = new Preferences(Map.of(), null, SEVEN);

    assertThat(
            planner
                .plan(
                    digest,
                    AlertKind.OBLIGATION_OPENED,
                    Urgency.NORMAL,
                    at("2026-11-22T10:00").instant())
                .email())
        .isEqualTo(ChannelPlan.digest(vn("2026-11-23T07:00")));
    assertThat(
            planner
                .plan(
                    digest,
                    AlertKind.REPORT_ACCEPTED,
                    Urgency.NORMAL,
                    at("2026-11-22T06:00").instant())
                .email())
        .isEqualTo(ChannelPlan.digest(vn("2026-11-22T07:00")));
    assertThat(
            planner
                .plan(
                    digest,
                    AlertKind.REPORT_OVERDUE,
                    Urgency.NORMAL,
                    at("2026-11-22T10:00").instant())
                .email())
        .isEqualTo(ChannelPlan.NOW);
  }

  @Test
  void a_channel_switched_off_for_a_kind_stays_off_even_for_urgent_documents() {
    Preferences noPushForDirectives =
        new Preferences(Map.of(AlertTopic.NEW_DIRECTIVE, Set.of(Channel.PUSH)), null, null);

    DeliveryPlanner.Plan plan =
        planner.plan(noPushForDirectives, AlertKind.NEW_DIRECTIVE, Urgency.HOA_TOC, Instant.EPOCH);

    assertThat(plan.push()).isEqualTo(ChannelPlan.SKIP);
    assertThat(plan.email()).isEqualTo(ChannelPlan.NOW);
    assertThat(
            planner
                .plan(
                    noPushForDirectives,
                    AlertKind.DIRECTIVE_RECALLED,
                    Urgency.NORMAL,
                    Instant.EPOCH)
                .push())
        .isEqualTo(ChannelPlan.NOW);
  }
}
