package vn.chidao.notification.push.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
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
            new BigInteger(1, B64.decode(AS_PRIVATE)),
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
  void the_sender_key_in_the_header_is_the_public_half_of_the_rfc_private_key() throws Exception {
    byte[] body =
        encryption.encrypt(
            B64.decode(UA_PUBLIC),
            B64.decode(AUTH),
            new byte[] {1},
            new BigInteger(1, B64.decode(AS_PRIVATE)),
            B64.decode(SALT));

    assertThat(Arrays.copyOfRange(body, 21, 86)).isEqualTo(B64.decode(AS_PUBLIC));
  }

  @Test
  void a_browser_key_off_the_curve_is_refused() {
    byte[] broken = B64.decode(UA_PUBLIC);
    broken[40] ^= 1;

    assertThatThrownBy(() -> encryption.encrypt(broken, B64.decode(AUTH), new byte[] {1}))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void a_browser_key_that_is_not_an_uncompressed_point_is_refused() {
    byte[] compressed = Arrays.copyOf(B64.decode(UA_PUBLIC), 33);
    compressed[0] = 2;

    assertThatThrownBy(() -> encryption.encrypt(compressed, B64.decode(AUTH), new byte[] {1}))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void a_message_larger_than_one_record_is_refused() {
    assertThatThrownBy(
            () -> encryption.encrypt(B64.decode(UA_PUBLIC), B64.decode(AUTH), new byte[4080]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
