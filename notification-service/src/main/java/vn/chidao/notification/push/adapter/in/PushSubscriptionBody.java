package vn.chidao.notification.push.adapter.in;

/**
 * A browser's {@code PushSubscription.toJSON()}: {@code {endpoint, expirationTime, keys: {p256dh,
 * auth}}}. Checked by {@code SubscriptionRules}, which words every refusal per field.
 */
public record PushSubscriptionBody(String endpoint, Long expirationTime, Keys keys) {

  public record Keys(String p256dh, String auth) {}

  String p256dh() {
    return keys == null ? null : keys.p256dh();
  }

  String auth() {
    return keys == null ? null : keys.auth();
  }
}
