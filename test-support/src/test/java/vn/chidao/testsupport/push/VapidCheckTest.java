package vn.chidao.testsupport.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The push service's VAPID check, with and without remembering verified tokens. */
class VapidCheckTest {

  private static final String ORIGIN = "http://127.0.0.1:8443";

  private final KeyPair keys = EcKeys.newKeyPair();
  private final Map<String, VapidCheck.Verified> verified = new ConcurrentHashMap<>();

  @Test
  void a_token_verified_once_is_accepted_again_without_a_new_signature_check() throws Exception {
    String header = header(keys, ORIGIN, Instant.now().plusSeconds(3600));

    VapidCheck.Signer first = VapidCheck.verify(header, ORIGIN, verified);
    VapidCheck.Signer again = VapidCheck.verify(header, ORIGIN, verified);

    assertThat(again).isEqualTo(first);
    assertThat(first.subject()).isEqualTo("mailto:ops@chidao.test");
    assertThat(verified).containsOnlyKeys(header);
  }

  @Test
  void a_remembered_token_is_still_refused_for_another_push_service() throws Exception {
    String header = header(keys, ORIGIN, Instant.now().plusSeconds(3600));
    VapidCheck.verify(header, ORIGIN, verified);

    assertThatThrownBy(() -> VapidCheck.verify(header, "http://127.0.0.1:9999", verified))
        .hasMessageContaining("aud");
  }

  @Test
  void a_remembered_token_is_refused_once_expired() throws Exception {
    String header = header(keys, ORIGIN, Instant.now().plusMillis(1500));
    VapidCheck.verify(header, ORIGIN, verified);

    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThatThrownBy(() -> VapidCheck.verify(header, ORIGIN, verified))
                    .hasMessageContaining("exp"));
  }

  @Test
  void a_token_signed_by_another_key_than_the_one_named_is_refused_and_not_remembered()
      throws Exception {
    String genuine = header(keys, ORIGIN, Instant.now().plusSeconds(3600));
    String otherKey = publicKey(EcKeys.newKeyPair());
    String forged = genuine.replaceFirst("k=[^,\\s]+", "k=" + otherKey);

    assertThatThrownBy(() -> VapidCheck.verify(forged, ORIGIN, verified))
        .hasMessageContaining("signature");
    assertThat(verified).isEmpty();
  }

  private static String header(KeyPair pair, String audience, Instant expires) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
            new JWTClaimsSet.Builder()
                .audience(audience)
                .expirationTime(Date.from(expires))
                .subject("mailto:ops@chidao.test")
                .build());
    jwt.sign(new ECDSASigner((ECPrivateKey) pair.getPrivate()));
    return "vapid t=" + jwt.serialize() + ", k=" + publicKey(pair);
  }

  private static String publicKey(KeyPair pair) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(EcKeys.uncompressed((ECPublicKey) pair.getPublic()));
  }
}
