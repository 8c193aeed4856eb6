package vn.chidao.notification.push.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The push encryption against the worked example of RFC 8291 (Appendix A). */
class Aes128GcmEncryptionTest {

  private static final Base64.Decoder B64 = Base64.getUrlDecoder();

  // RFC 8291 Appendix A.
  private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
  private static final String AS_PUBLIC =
      "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
  private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
  private static final String UA_PUBLIC =
      "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
  private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
  private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
  private static final String BODY =
      "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

  private final Aes128GcmEncryption encryption = new Aes128GcmEncryption();

  @Test
  void the_rfc_example_encrypts_to_the_rfc_body() throws Exception {
    byte[] body =
        encryption.encrypt(
            B64.decode(UA_PUBLIC),
            B64.decode(AUTH),
            PLAINTEXT.getBytes(StandardCharsets.UTF_8),
            senderKeys(),
            B64.decode(SALT));

    assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(body)).isEqualTo(BODY);
  }

  @Test
  void every_message_gets_its_own_sender_key_and_salt() throws Exception {
    byte[] message = PLAINTEXT.getBytes(StandardCharsets.UTF_8);

    byte[] first = encryption.encrypt(B64.decode(UA_PUBLIC), B64.decode(AUTH), message);
    byte[] second = encryption.encrypt(B64.decode(UA_PUBLIC), B64.decode(AUTH), message);

    assertThat(Arrays.copyOfRange(first, 0, 16)).isNotEqualTo(Arrays.copyOfRange(second, 0, 16));
    assertThat(Arrays.copyOfRange(first, 21, 86)).isNotEqualTo(Arrays.copyOfRange(second, 21, 86));
    assertThat(first).hasSize(86 + message.length + 1 + 16);
  }

  @Test
  void a_browser_key_off_the_curve_is_refused() {
    byte[] broken = B64.decode(UA_PUBLIC);
    broken[40] ^= 1;

    assertThatThrownBy(() -> encryption.encrypt(broken, B64.decode(AUTH), new byte[] {1}))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void a_message_larger_than_one_record_is_refused() {
    assertThatThrownBy(
            () -> encryption.encrypt(B64.decode(UA_PUBLIC), B64.decode(AUTH), new byte[4080]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static KeyPair senderKeys() throws Exception {
    KeyFactory factory = KeyFactory.getInstance("EC");
    byte[] point = B64.decode(AS_PUBLIC);
    ECPublicKey template = (ECPublicKey) factory.generatePublic(publicSpec(point));
    return new KeyPair(
        template,
        factory.generatePrivate(
            new ECPrivateKeySpec(new BigInteger(1, B64.decode(AS_PRIVATE)), template.getParams())));
  }

  private static ECPublicKeySpec publicSpec(byte[] point) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    ECPublicKey any = (ECPublicKey) generator.generateKeyPair().getPublic();
    return new ECPublicKeySpec(
        new ECPoint(
            new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
            new BigInteger(1, Arrays.copyOfRange(point, 33, 65))),
        any.getParams());
  }
}
