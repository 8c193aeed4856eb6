package vn.chidao.notification.push.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {

  private static final String P256DH =
      Base64.getUrlEncoder().withoutPadding().encodeToString(point());
  private static final String AUTH =
      Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);

  private final SubscriptionRules production = new SubscriptionRules(false);
  private final SubscriptionRules tests = new SubscriptionRules(true);

  private static byte[] point() {
    byte[] point = new byte[65];
    point[0] = 0x04;
    return point;
  }

  private static String fieldsRefused(
      SubscriptionRules rules, String endpoint, String p, String a) {
    return String.join(
        ",", rules.check(endpoint, p, a).stream().map(SubscriptionRules.Violation::field).toList());
  }

  @Test
  void a_browser_subscription_on_a_public_https_push_service_is_accepted() {
    assertThat(production.check("https://fcm.googleapis.com/fcm/send/abc:def", P256DH, AUTH))
        .isEmpty();
    assertThat(
            production.check("https://updates.push.services.mozilla.com/wpush/v2/x", P256DH, AUTH))
        .isEmpty();
  }

  @Test
  void plain_http_is_refused() {
    assertThat(fieldsRefused(production, "http://fcm.googleapis.com/x", P256DH, AUTH))
        .isEqualTo("endpoint");
    assertThat(production.check("http://fcm.googleapis.com/x", P256DH, AUTH).get(0).message())
        .isEqualTo("Địa chỉ endpoint phải dùng https");
  }

  @Test
  void loopback_and_private_addresses_are_refused_outside_tests() {
    for (String endpoint :
        new String[] {
          "https://127.0.0.1/push/1",
          "https://localhost:8443/push/1",
          "https://10.0.0.5/push",
          "https://192.168.1.1/push",
          "https://172.20.0.3/push",
          "https://169.254.169.254/latest",
          "https://100.64.0.1/push",
          "https://[::1]/push",
          "https://[fd00::1]/push",
          "https://mongo.internal/push"
        }) {
      assertThat(fieldsRefused(production, endpoint, P256DH, AUTH))
          .as(endpoint)
          .isEqualTo("endpoint");
    }
  }

  @Test
  void tests_may_use_a_push_service_on_loopback_over_http_and_nothing_else_private() {
    assertThat(tests.check("http://127.0.0.1:41234/push/1", P256DH, AUTH)).isEmpty();
    assertThat(tests.check("http://localhost:41234/push/1", P256DH, AUTH)).isEmpty();
    assertThat(fieldsRefused(tests, "http://10.0.0.5/push", P256DH, AUTH)).isEqualTo("endpoint");
    assertThat(fieldsRefused(tests, "https://192.168.1.1/push", P256DH, AUTH))
        .isEqualTo("endpoint");
  }

  @Test
  void keys_of_the_wrong_size_or_encoding_are_refused_per_field() {
    String compressed = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[33]);
    String shortAuth = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[8]);

    assertThat(fieldsRefused(production, "https://push.example/x", compressed, shortAuth))
        .isEqualTo("keys.p256dh,keys.auth");
    assertThat(fieldsRefused(production, "https://push.example/x", "không phải base64", null))
        .isEqualTo("keys.p256dh,keys.auth");
    assertThat(fieldsRefused(production, null, P256DH, AUTH)).isEqualTo("endpoint");
    assertThat(fieldsRefused(production, "https://user:pw@push.example/x", P256DH, AUTH))
        .isEqualTo("endpoint");
  }

  @Test
  void padded_and_standard_base64_keys_are_read_like_browsers_base64url() {
    String padded = Base64.getEncoder().encodeToString(new byte[16]);

    assertThat(production.check("https://push.example/x", P256DH, padded)).isEmpty();
    assertThat(SubscriptionRules.normalizeKey(padded)).isEqualTo(AUTH);
  }
}
