package vn.chidao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real Keycloak with the project realm issues tokens carrying chidao's claims. */
class KeycloakRealmIT {

  private final KeycloakEndpoint keycloak = TestKeycloak.get();

  @Test
  void a_demo_clerk_gets_a_token_with_unit_path_province_and_roles() throws Exception {
    JWTClaimsSet claims =
        SignedJWT.parse(keycloak.passwordToken("tinhuy.vanthu", "chidao-demo")).getJWTClaimsSet();

    assertThat(claims.getIssuer()).isEqualTo(keycloak.issuer());
    assertThat(claims.getStringClaim("preferred_username")).isEqualTo("tinhuy.vanthu");
    assertThat(claims.getStringClaim("unit_id")).isEqualTo("dong-nai");
    assertThat(claims.getStringClaim("unit_path")).isEqualTo("/tw/dong-nai/");
    assertThat(claims.getStringClaim("province")).isEqualTo("dong-nai");
    @SuppressWarnings("unchecked")
    Map<String, Object> realmAccess = (Map<String, Object>) claims.getClaim("realm_access");
    assertThat(realmAccess.get("roles").toString()).contains("issuer", "member");
  }

  @Test
  void a_second_lookup_reuses_the_same_server() {
    assertThat(TestKeycloak.get().baseUrl()).isEqualTo(keycloak.baseUrl());
  }
}
