package vn.chidao.notification.push.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VapidKeysTest {

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private static String publicOf(KeyPair pair) {
    return VapidKeys.of((ECPrivateKey) pair.getPrivate(), (ECPublicKey) pair.getPublic())
        .publicKey();
  }

  /** The raw 32-byte scalar, as {@code web-push generate-vapid-keys} prints it. */
  private static String rawPrivateOf(KeyPair pair) {
    byte[] d = ((ECPrivateKey) pair.getPrivate()).getS().toByteArray();
    byte[] fixed = new byte[32];
    int from = Math.max(0, d.length - 32);
    System.arraycopy(d, from, fixed, 32 - (d.length - from), d.length - from);
    return BASE64URL.encodeToString(fixed);
  }

  @Test
  void configured_keys_in_web_push_format_are_used_as_given() {
    KeyPair pair = VapidKeys.generate();

    VapidKeys keys = VapidKeys.fromConfiguration(publicOf(pair), rawPrivateOf(pair));

    assertThat(keys.publicKey()).isEqualTo(publicOf(pair));
    assertThat(Base64.getUrlDecoder().decode(keys.publicKey())).hasSize(65).startsWith((byte) 4);
    assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(rawPrivateOf(pair))))
        .isEqualTo(((ECPrivateKey) pair.getPrivate()).getS());
  }

  @Test
  void configured_keys_in_pkcs8_are_accepted_too() {
    KeyPair pair = VapidKeys.generate();

    VapidKeys keys =
        VapidKeys.fromConfiguration(
            publicOf(pair), BASE64URL.encodeToString(pair.getPrivate().getEncoded()));

    assertThat(keys.publicKey()).isEqualTo(publicOf(pair));
  }

  @Test
  void halves_of_two_different_pairs_are_refused_at_start() {
    KeyPair one = VapidKeys.generate();
    KeyPair other = VapidKeys.generate();

    assertThatThrownBy(() -> VapidKeys.fromConfiguration(publicOf(one), rawPrivateOf(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not one key pair");
  }
}
