package vn.chidao.notification.preference.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import vn.chidao.notification.alert.model.AlertTopic;

/**
 * One person's choices. A topic absent from {@code disabled} has every channel on; nobody who never
 * chose anything loses an alert.
 *
 * @param disabled per topic, the channels switched off
 * @param quietHours null for none
 * @param digest null for none
 */
public record Preferences(
    Map<AlertTopic, Set<Channel>> disabled, QuietHours quietHours, DailyDigest digest) {

  public static final Preferences DEFAULTS = new Preferences(Map.of(), null, null);

  public Preferences {
    Map<AlertTopic, Set<Channel>> copy = new EnumMap<>(AlertTopic.class);
    if (disabled != null) {
      disabled.forEach((topic, channels) -> copy.put(topic, Set.copyOf(channels)));
    }
    disabled = Map.copyOf(copy);
  }

  public boolean enabled(AlertTopic topic, Channel channel) {
    return !disabled.getOrDefault(topic, Set.of()).contains(channel);
  }
}
