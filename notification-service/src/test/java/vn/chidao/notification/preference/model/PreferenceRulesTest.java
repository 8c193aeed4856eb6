package vn.chidao.notification.preference.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chidao.notification.alert.model.AlertTopic;

class PreferenceRulesTest {

  @Test
  void channels_quiet_hours_and_digest_are_read() {
    PreferenceRules.Result result =
        PreferenceRules.read(
            Map.of("NEW_DIRECTIVE", Map.of("email", false, "push", true)),
            new PreferenceRules.TimeWindow("21:00", "06:30", null),
            "07:00",
            "Asia/Ho_Chi_Minh");

    assertThat(result.valid()).isTrue();
    Preferences p = result.preferences();
    assertThat(p.enabled(AlertTopic.NEW_DIRECTIVE, Channel.EMAIL)).isFalse();
    assertThat(p.enabled(AlertTopic.NEW_DIRECTIVE, Channel.PUSH)).isTrue();
    assertThat(p.enabled(AlertTopic.OVERDUE, Channel.EMAIL)).isTrue();
    assertThat(p.quietHours())
        .isEqualTo(
            new QuietHours(
                LocalTime.of(21, 0), LocalTime.of(6, 30), ZoneId.of("Asia/Ho_Chi_Minh")));
    assertThat(p.digest().at()).isEqualTo(LocalTime.of(7, 0));
  }

  @Test
  void every_mistake_is_reported_by_field_in_vietnamese() {
    PreferenceRules.Result result =
        PreferenceRules.read(
            Map.of("NOT_A_KIND", Map.of("email", false), "OVERDUE", Map.of("sms", false)),
            new PreferenceRules.TimeWindow("25:00", "6h30", "Sao/Hoa"),
            "7:00",
            null);

    assertThat(result.valid()).isFalse();
    assertThat(result.violations())
        .extracting(PreferenceRules.Violation::field)
        .containsExactlyInAnyOrder(
            "channels.NOT_A_KIND",
            "channels.OVERDUE.sms",
            "quietHours.start",
            "quietHours.end",
            "quietHours.zone",
            "digest.at");
    assertThat(result.violations())
        .extracting(PreferenceRules.Violation::message)
        .contains(
            "Giờ phải có dạng HH:mm, từ 00:00 đến 23:59",
            "Kênh không tồn tại; chỉ có email và push");
  }

  @Test
  void quiet_hours_that_start_when_they_end_are_refused() {
    PreferenceRules.Result result =
        PreferenceRules.read(
            null, new PreferenceRules.TimeWindow("22:00", "22:00", null), null, null);

    assertThat(result.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("quietHours.end"));
  }
}
