package vn.chidao.notification.push.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.jwt.VAPIDJWTParam;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VapidHeadersTest {

  private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

  /** Counts signatures; the header names the audience and the signature's number. */
  private static final class CountingKeys implements VAPIDKeyPair {
    final List<VAPIDJWTParam> signed = new ArrayList<>();

    @Override
    public byte[] extractPublicKeyInUncompressedForm() {
      return new byte[65];
    }

    @Override
    public String extractPublicKeyInUncompressedFormAsString() {
      return "key";
    }

    @Override
    public synchronized String generateAuthorizationHeaderValue(VAPIDJWTParam param) {
      signed.add(param);
      return "vapid t=" + param.getOrigin() + "#" + signed.size() + ", k=key";
    }
  }

  private static final class MovableClock extends Clock {
    Instant now = START;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final CountingKeys keys = new CountingKeys();
  private final MovableClock clock = new MovableClock();
  private final VapidHeaders headers =
      new VapidHeaders(
          keys, "mailto:ops@chidao.test", Duration.ofHours(12), Duration.ofHours(1), clock);

  @Test
  void one_signature_serves_every_subscription_of_a_push_service() {
    String first = headers.forEndpoint("https://fcm.googleapis.com/fcm/send/a");
    String second = headers.forEndpoint("https://fcm.googleapis.com/fcm/send/b");

    assertThat(second).isEqualTo(first);
    assertThat(keys.signed).hasSize(1);
    assertThat(keys.signed.get(0).getOrigin()).isEqualTo("https://fcm.googleapis.com");
    assertThat(keys.signed.get(0).getSubject()).contains("mailto:ops@chidao.test");
    assertThat(keys.signed.get(0).getExpirationTime()).isEqualTo(START.plus(Duration.ofHours(12)));
  }

  @Test
  void each_push_service_origin_gets_its_own_token_port_included() {
    headers.forEndpoint("https://fcm.googleapis.com/fcm/send/a");
    headers.forEndpoint("https://updates.push.services.mozilla.com/wpush/v2/b");
    headers.forEndpoint("http://127.0.0.1:41234/push/c");

    assertThat(keys.signed)
        .extracting(VAPIDJWTParam::getOrigin)
        .containsExactly(
            "https://fcm.googleapis.com",
            "https://updates.push.services.mozilla.com",
            "http://127.0.0.1:41234");
  }

  @Test
  void the_token_is_replaced_shortly_before_it_expires() {
    String first = headers.forEndpoint("https://fcm.googleapis.com/fcm/send/a");

    clock.now = START.plus(Duration.ofHours(10).plusMinutes(59));
    assertThat(headers.forEndpoint("https://fcm.googleapis.com/fcm/send/a")).isEqualTo(first);

    clock.now = START.plus(Duration.ofHours(11));
    String renewed = headers.forEndpoint("https://fcm.googleapis.com/fcm/send/a");
    assertThat(renewed).isNotEqualTo(first);
    assertThat(keys.signed).hasSize(2);
    assertThat(keys.signed.get(1).getExpirationTime())
        .isEqualTo(clock.now.plus(Duration.ofHours(12)));
  }

  @Test
  void a_real_key_pair_signs_a_header_push_services_read() {
    KeyPair pair = VapidKeys.generate();
    VapidKeys real = VapidKeys.of((ECPrivateKey) pair.getPrivate(), (ECPublicKey) pair.getPublic());
    VapidHeaders signing =
        new VapidHeaders(
            real.pair(),
            "mailto:ops@chidao.test",
            Duration.ofHours(12),
            Duration.ofHours(1),
            Clock.systemUTC());

    assertThat(signing.forEndpoint("https://fcm.googleapis.com/fcm/send/a"))
        .startsWith("vapid t=")
        .contains(", k=" + real.publicKey());
  }
}
