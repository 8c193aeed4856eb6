package vn.chidao.testsupport.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The push service's decryption against the worked example of RFC 8291 (Appendix A). */
class Aes128GcmDecryptionTest {

  private static final Base64.Decoder B64 = Base64.getUrlDecoder();

  // RFC 8291 Appendix A.
  private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
  private static final String UA_PUBLIC =
      "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
  private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
  private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
  private static final String BODY =
      "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

  private final BrowserSubscription rfcBrowser = rfcBrowser();

  @Test
  void the_rfc_body_decrypts_to_the_rfc_plaintext() throws Exception {
    byte[] plaintext = Aes128GcmDecryption.decrypt(B64.decode(BODY), rfcBrowser);

    assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
  }

  @Test
  void a_changed_ciphertext_byte_is_refused() {
    byte[] body = B64.decode(BODY);
    body[body.length - 20] ^= 1;

    assertThatThrownBy(() -> Aes128GcmDecryption.decrypt(body, rfcBrowser))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void a_sender_key_off_the_curve_is_refused() {
    byte[] body = B64.decode(BODY);
    body[21 + 40] ^= 1;

    assertThatThrownBy(() -> Aes128GcmDecryption.decrypt(body, rfcBrowser))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void a_body_cut_inside_the_header_is_refused() {
    byte[] body = Arrays.copyOf(B64.decode(BODY), 60);

    assertThatThrownBy(() -> Aes128GcmDecryption.decrypt(body, rfcBrowser))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void another_browser_cannot_read_it() {
    BrowserSubscription other =
        BrowserSubscription.create(
            "other", "http://127.0.0.1/push/other", EcKeys.newKeyPair(), B64.decode(AUTH));

    assertThatThrownBy(() -> Aes128GcmDecryption.decrypt(B64.decode(BODY), other))
        .isInstanceOf(GeneralSecurityException.class);
  }

  private static BrowserSubscription rfcBrowser() {
    try {
      ECPublicKey publicKey = EcKeys.fromUncompressed(B64.decode(UA_PUBLIC));
      KeyPair keys =
          new KeyPair(
              publicKey,
              KeyFactory.getInstance("EC")
                  .generatePrivate(
                      new ECPrivateKeySpec(
                          new BigInteger(1, B64.decode(UA_PRIVATE)), publicKey.getParams())));
      BrowserSubscription browser =
          BrowserSubscription.create("rfc", "http://127.0.0.1/push/rfc", keys, B64.decode(AUTH));
      assertThat(browser.p256dh()).isEqualTo(UA_PUBLIC);
      return browser;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
