package vn.chidao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalJwtIssuerTest {

  private final LocalJwtIssuer issuer = LocalJwtIssuer.shared();

  @Test
  void a_token_verifies_against_the_published_key_set_and_carries_chidao_claims() throws Exception {
    String token =
        issuer.token(
            TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer"));

    SignedJWT jwt = SignedJWT.parse(token);
    RSAKey published =
        JWKSet.load(URI.create(issuer.jwkSetUri()).toURL()).getKeyByKeyId("chidao-test").toRSAKey();
    assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuer());
    assertThat(jwt.getJWTClaimsSet().getStringClaim("unit_path")).isEqualTo("/tw/dong-nai/");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("province")).isEqualTo("dong-nai");
    assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("realm_access"))
        .isEqualTo(Map.of("roles", List.of("issuer")));
  }

  @Test
  void an_expired_spec_gives_a_token_whose_expiry_has_passed() throws Exception {
    String token =
        issuer.token(
            TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai")
                .expiresIn(Duration.ofMinutes(-1)));

    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime()).isBefore(new Date());
  }

  @Test
  void a_foreign_issuer_is_written_into_the_token() throws Exception {
    String token =
        issuer.token(
            TokenSpec.of("x", "u", "/u/", "p").withIssuer("http://elsewhere/realms/chidao"));

    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer())
        .isEqualTo("http://elsewhere/realms/chidao");
  }
}
