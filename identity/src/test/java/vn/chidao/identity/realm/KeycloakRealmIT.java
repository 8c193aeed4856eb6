package vn.chidao.identity.realm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.testsupport.KeycloakEndpoint;
import vn.chidao.testsupport.TestKeycloak;

/**
 * The realm file loaded into a real Keycloak issues the tokens every service expects: validated the
 * way services validate them (JWKS), and read through {@link ChidaoUser}.
 */
class KeycloakRealmIT {

  private final KeycloakEndpoint keycloak = TestKeycloak.get();
  private final ReactiveJwtDecoder decoder =
      NimbusReactiveJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();

  @Test
  void a_demo_users_token_names_their_unit_province_and_roles() {
    Jwt jwt = decode(keycloak.passwordToken("tranbien.bithu", "chidao-demo"));
    ChidaoUser user = ChidaoUser.from(jwt);

    assertThat(jwt.getIssuer().toString()).isEqualTo(keycloak.issuer());
    assertThat(user.username()).isEqualTo("tranbien.bithu");
    assertThat(user.unitId()).isEqualTo("dn-tranbien");
    assertThat(user.unitPath()).isEqualTo("/tw/dong-nai/dn-tranbien/");
    assertThat(user.province()).isEqualTo("dong-nai");
    assertThat(user.roles()).contains("issuer", "reviewer", "reporter", "member");
    assertThat(jwt.getClaimAsString("email")).isEqualTo("tranbien.bithu@chidao.test");
  }

  @Test
  void a_central_admins_token_carries_the_central_admin_role() {
    ChidaoUser user =
        ChidaoUser.from(decode(keycloak.passwordToken("trunguong.quantri", "chidao-demo")));

    assertThat(user.isCentral()).isTrue();
    assertThat(user.province()).isEqualTo("trung-uong");
    assertThat(user.unitPath()).isEqualTo("/tw/");
  }

  @Test
  void the_identity_service_account_gets_a_token_with_the_dev_secret() {
    Jwt jwt =
        decode(keycloak.clientCredentialsToken("chidao-identity", "chidao-identity-dev-secret"));

    assertThat(jwt.getClaimAsString("azp")).isEqualTo("chidao-identity");
    assertThat(jwt.getClaimAsMap("resource_access")).containsKey("realm-management");
  }

  private Jwt decode(String token) {
    return decoder.decode(token).block();
  }
}
