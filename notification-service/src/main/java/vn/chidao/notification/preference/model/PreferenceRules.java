package vn.chidao.notification.preference.model;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.chidao.notification.alert.model.AlertTopic;

/**
 * Reads what a person submits as preferences: every problem is reported at once, keyed by the JSON
 * field, in Vietnamese; nothing is stored unless all of it is right.
 */
public final class PreferenceRules {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** One refusal, keyed by the JSON field it concerns. */
  public record Violation(String field, String message) {}

  /** Preferences, or why not. */
  public record Result(Preferences preferences, List<Violation> violations) {

    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /** Quiet hours or digest as submitted; all strings, checked here. */
  public record TimeWindow(String start, String end, String zone) {}

  private PreferenceRules() {}

  /**
   * @param channels per topic name, {@code email}/{@code push} → on/off; missing = on
   * @param quietHours null for none; {@code start}/{@code end} as HH:mm
   * @param digestAt null for no digest; HH:mm
   */
  public static Result read(
      Map<String, Map<String, Boolean>> channels,
      TimeWindow quietHours,
      String digestAt,
      String digestZone) {
    List<Violation> violations = new ArrayList<>();
    Map<AlertTopic, Set<Channel>> disabled = new EnumMap<>(AlertTopic.class);
    if (channels != null) {
      channels.forEach(
          (name, switches) -> {
            AlertTopic topic = topic(name);
            if (topic == null) {
              violations.add(
                  new Violation(
                      "channels." + name,
                      "Loại thông báo không tồn tại; các loại hợp lệ: " + topicNames()));
              return;
            }
            Set<Channel> off = EnumSet.noneOf(Channel.class);
            if (switches != null) {
              switches.forEach(
                  (channel, on) -> {
                    Channel c = channel(channel);
                    if (c == null) {
                      violations.add(
                          new Violation(
                              "channels." + name + "." + channel,
                              "Kênh không tồn tại; chỉ có email và push"));
                    } else if (on == null) {
                      violations.add(
                          new Violation(
                              "channels." + name + "." + channel,
                              "Phải là true (bật) hoặc false (tắt)"));
                    } else if (!on) {
                      off.add(c);
                    }
                  });
            }
            if (!off.isEmpty()) {
              disabled.put(topic, off);
            }
          });
    }
    QuietHours quiet = null;
    if (quietHours != null) {
      LocalTime start = time(quietHours.start(), "quietHours.start", violations);
      LocalTime end = time(quietHours.end(), "quietHours.end", violations);
      ZoneId zone = zone(quietHours.zone(), "quietHours.zone", violations);
      if (start != null && end != null && start.equals(end)) {
        violations.add(
            new Violation("quietHours.end", "Giờ kết thúc phải khác giờ bắt đầu giờ yên lặng"));
      } else if (start != null && end != null && zone != null) {
        quiet = new QuietHours(start, end, zone);
      }
    }
    DailyDigest digest = null;
    if (digestAt != null) {
      LocalTime at = time(digestAt, "digest.at", violations);
      ZoneId zone = zone(digestZone, "digest.zone", violations);
      if (at != null && zone != null) {
        digest = new DailyDigest(at, zone);
      }
    }
    return violations.isEmpty()
        ? new Result(new Preferences(disabled, quiet, digest), List.of())
        : new Result(null, List.copyOf(violations));
  }

  private static LocalTime time(String text, String field, List<Violation> violations) {
    if (text == null || !text.strip().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
      violations.add(new Violation(field, "Giờ phải có dạng HH:mm, từ 00:00 đến 23:59"));
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      violations.add(new Violation(field, "Giờ phải có dạng HH:mm, từ 00:00 đến 23:59"));
      return null;
    }
  }

  private static ZoneId zone(String text, String field, List<Violation> violations) {
    if (text == null || text.isBlank()) {
      return DEFAULT_ZONE;
    }
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      violations.add(new Violation(field, "Múi giờ không hợp lệ (ví dụ đúng: Asia/Ho_Chi_Minh)"));
      return null;
    }
  }

  private static AlertTopic topic(String name) {
    for (AlertTopic topic : AlertTopic.values()) {
      if (topic.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return topic;
      }
    }
    return null;
  }

  private static Channel channel(String name) {
    return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
      case "email" -> Channel.EMAIL;
      case "push" -> Channel.PUSH;
      default -> null;
    };
  }

  private static String topicNames() {
    return String.join(", ", java.util.Arrays.stream(AlertTopic.values()).map(Enum::name).toList());
  }
}
