package vn.chidao.notification.push.adapter.in;

import java.time.Instant;

/** One of the caller's subscriptions (the keys stay on the server). */
public record PushSubscriptionView(String id, String endpoint, Instant createdAt) {}
