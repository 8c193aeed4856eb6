package vn.chidao.notification.preference.model;

import java.time.Instant;
import java.util.Optional;
import vn.chidao.notification.alert.model.AlertKind;
import vn.chidao.notification.alert.model.Urgency;

/**
 * Decides, per channel, whether an alert goes now, waits for the end of quiet hours, joins the
 * daily digest or is not sent. Urgent documents (Thượng khẩn, Hỏa tốc) go now whatever the hour and
 * are never digested; a switched-off channel stays off even for them (the inbox still records every
 * alert).
 */
public final class DeliveryPlanner {

  public record Plan(ChannelPlan email, ChannelPlan push) {}

  public Plan plan(Preferences preferences, AlertKind kind, Urgency urgency, Instant now) {
    Preferences p = preferences == null ? Preferences.DEFAULTS : preferences;
    boolean urgent = urgency != null && urgency.bypassesQuietHours();
    Optional<Instant> quietEnd =
        urgent || p.quietHours() == null ? Optional.empty() : p.quietHours().endIfQuiet(now);
    ChannelPlan email;
    if (!p.enabled(kind.topic(), Channel.EMAIL)) {
      email = ChannelPlan.SKIP;
    } else if (!urgent && kind.lowPriority() && p.digest() != null) {
      email = ChannelPlan.digest(p.digest().nextAfter(now));
    } else {
      email = quietEnd.map(ChannelPlan::hold).orElse(ChannelPlan.NOW);
    }
    ChannelPlan push =
        p.enabled(kind.topic(), Channel.PUSH)
            ? quietEnd.map(ChannelPlan::hold).orElse(ChannelPlan.NOW)
            : ChannelPlan.SKIP;
    return new Plan(email, push);
  }
}
