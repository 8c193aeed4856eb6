package vn.chidao.notification.preference.model;

import java.time.Instant;

/**
 * What happens on one channel for one alert to one person.
 *
 * @param at when a held delivery is released or the digest it joins goes out; null otherwise
 */
public record ChannelPlan(Mode mode, Instant at) {

  public enum Mode {
    /** Switched off by the person. */
    SKIP,
    NOW,
    /** Quiet hours: sent when they end. */
    HOLD,
    /** Low priority: one line of the next daily digest (e-mail only). */
    DIGEST
  }

  public static final ChannelPlan SKIP = new ChannelPlan(Mode.SKIP, null);
  public static final ChannelPlan NOW = new ChannelPlan(Mode.NOW, null);

  public static ChannelPlan hold(Instant until) {
    return new ChannelPlan(Mode.HOLD, until);
  }

  public static ChannelPlan digest(Instant at) {
    return new ChannelPlan(Mode.DIGEST, at);
  }

  public boolean sends() {
    return mode != Mode.SKIP;
  }

  /** Release time of a held delivery, else null. */
  public Instant holdUntil() {
    return mode == Mode.HOLD ? at : null;
  }

  /** Digest time, else null. */
  public Instant digestAt() {
    return mode == Mode.DIGEST ? at : null;
  }
}
