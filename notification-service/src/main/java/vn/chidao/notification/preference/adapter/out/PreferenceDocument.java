package vn.chidao.notification.preference.adapter.out;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.notification.alert.model.AlertTopic;
import vn.chidao.notification.preference.model.Channel;
import vn.chidao.notification.preference.model.DailyDigest;
import vn.chidao.notification.preference.model.Preferences;
import vn.chidao.notification.preference.model.QuietHours;

/** One person's preferences as stored ({@code _id} = username); times as HH:mm strings. */
@Document(MongoPreferences.COLLECTION)
record PreferenceDocument(
    @Id String username,
    Map<String, List<String>> disabled,
    String quietStart,
    String quietEnd,
    String quietZone,
    String digestAt,
    String digestZone,
    Instant updatedAt) {

  static PreferenceDocument of(String username, Preferences p, Instant now) {
    Map<String, List<String>> disabled = new java.util.TreeMap<>();
    p.disabled()
        .forEach(
            (topic, channels) ->
                disabled.put(topic.name(), channels.stream().map(Enum::name).sorted().toList()));
    QuietHours q = p.quietHours();
    DailyDigest d = p.digest();
    return new PreferenceDocument(
        username,
        disabled,
        q == null ? null : q.start().toString(),
        q == null ? null : q.end().toString(),
        q == null ? null : q.zone().getId(),
        d == null ? null : d.at().toString(),
        d == null ? null : d.zone().getId(),
        now);
  }

  Preferences toModel() {
    Map<AlertTopic, Set<Channel>> off = new EnumMap<>(AlertTopic.class);
    if (disabled != null) {
      disabled.forEach(
          (topic, channels) -> {
            Set<Channel> set = EnumSet.noneOf(Channel.class);
            channels.forEach(c -> set.add(Channel.valueOf(c)));
            off.put(AlertTopic.valueOf(topic), set);
          });
    }
    QuietHours quiet =
        quietStart == null
            ? null
            : new QuietHours(
                LocalTime.parse(quietStart), LocalTime.parse(quietEnd), ZoneId.of(quietZone));
    DailyDigest digest =
        digestAt == null ? null : new DailyDigest(LocalTime.parse(digestAt), ZoneId.of(digestZone));
    return new Preferences(off, quiet, digest);
  }
}
