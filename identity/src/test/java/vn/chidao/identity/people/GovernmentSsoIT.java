package vn.chidao.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Single sign-on from a government account, end to end in the real test Keycloak. A second realm,
 * {@code gov-dong-nai}, plays Đồng Nai's government identity provider. The chidao realm is used as
 * the realm file defines it (identity provider {@code gov-dong-nai}, Organization {@code dong-nai}
 * with the domain {@code dongnai.gov.vn}, the link-only first-broker-login flow); the test only
 * points the provider's URLs at this server, which is what a deployment sets through {@code
 * CHIDAO_GOV_IDP_DONG_NAI_URL}.
 *
 * <p>A browser is played by {@link BrowserlessLogin}: chidao's login page asks for the e-mail, the
 * Organization sends a {@code @dongnai.gov.vn} address to the province's provider, the person signs
 * in there, and chidao's gateway client receives an authorization code.
 */
class GovernmentSsoIT extends PeopleIT {

  static final String GOV_REALM = "gov-dong-nai";
  static final String IDP_ALIAS = "gov-dong-nai";

  /** The realm file's default client of chidao at the provider (CHIDAO_GOV_IDP_..._CLIENT_*). */
  static final String GOV_CLIENT = "chidao";

  static final String GOV_SECRET = "chidao-gov-idp-dev-secret";

  @BeforeAll
  static void aGovernmentIdentityProvider() {
    String base = keycloak().baseUrl();
    if (keycloakAdmin().realms().findAll().stream()
        .noneMatch(r -> r.getRealm().equals(GOV_REALM))) {
      RealmRepresentation gov = new RealmRepresentation();
      gov.setRealm(GOV_REALM);
      gov.setEnabled(true);
      gov.setDisplayName("Cổng định danh công vụ tỉnh Đồng Nai (thử nghiệm)");
      ClientRepresentation chidao = new ClientRepresentation();
      chidao.setClientId(GOV_CLIENT);
      chidao.setEnabled(true);
      chidao.setPublicClient(false);
      chidao.setSecret(GOV_SECRET);
      chidao.setStandardFlowEnabled(true);
      chidao.setRedirectUris(List.of(base + "/realms/chidao/broker/" + IDP_ALIAS + "/endpoint"));
      gov.setClients(List.of(chidao));
      keycloakAdmin().realms().create(gov);
    }
    // Point the realm file's provider at this server's gov realm (idempotent).
    RealmResource chidaoRealm = keycloakAdmin().realm("chidao");
    IdentityProviderRepresentation idp =
        chidaoRealm.identityProviders().get(IDP_ALIAS).toRepresentation();
    String issuer = base + "/realms/" + GOV_REALM;
    Map<String, String> config = idp.getConfig();
    config.put("issuer", issuer);
    config.put("authorizationUrl", issuer + "/protocol/openid-connect/auth");
    config.put("tokenUrl", issuer + "/protocol/openid-connect/token");
    config.put("userInfoUrl", issuer + "/protocol/openid-connect/userinfo");
    config.put("jwksUrl", issuer + "/protocol/openid-connect/certs");
    config.put("logoutUrl", issuer + "/protocol/openid-connect/logout");
    config.put("clientSecret", GOV_SECRET);
    chidaoRealm.identityProviders().get(IDP_ALIAS).update(idp);
  }

  @Test
  void a_provisioned_person_signs_in_with_their_government_account_and_gets_their_unit_claims() {
    String cell = found("dn-tranbien");
    String username = freshUsername("sso");
    String email = username + "@dongnai.gov.vn";
    join(cell, username, email, "VAN_THU", "issuer", "reporter");
    assertThat(keycloakUser(username).getRequiredActions())
        .as("a government-domain person never needs a chidao password")
        .isEmpty();
    String govLogin = "cccd-" + username;
    govUser(govLogin, email);

    BrowserlessLogin.Result result =
        new BrowserlessLogin(keycloak()).signIn(email, govLogin, "mat-khau-cong-vu");

    assertThat(result.code())
        .as("authorization code; last page:\n%s", result.lastPage())
        .isNotNull();
    String token = new BrowserlessLogin(keycloak()).redeem(result);
    Jwt jwt =
        NimbusReactiveJwtDecoder.withJwkSetUri(keycloak().jwkSetUri())
            .build()
            .decode(token)
            .block();
    ChidaoUser caller = ChidaoUser.from(jwt);
    assertThat(caller.username()).isEqualTo(username);
    assertThat(caller.unitId()).isEqualTo(cell);
    assertThat(caller.unitPath()).isEqualTo("/tw/dong-nai/dn-tranbien/" + cell + "/");
    assertThat(caller.province()).isEqualTo("dong-nai");
    assertThat(caller.roles()).contains("issuer", "reporter", "member");
    assertThat(jwt.getIssuer().toString()).isEqualTo(keycloak().issuer());

    // the government account is now linked to the provisioned user, not to a new one
    String id = keycloakUser(username).getId();
    assertThat(keycloakAdmin().realm("chidao").users().get(id).getFederatedIdentity())
        .singleElement()
        .satisfies(link -> assertThat(link.getIdentityProvider()).isEqualTo(IDP_ALIAS));
  }

  @Test
  void each_province_provider_is_a_button_on_the_login_page_that_signs_in_the_same_way() {
    assertThat(new BrowserlessLogin(keycloak()).passwordPage("ai-do"))
        .contains("Tài khoản công vụ tỉnh Đồng Nai", "Tài khoản công vụ tỉnh Quảng Ngãi")
        .contains("/broker/" + IDP_ALIAS + "/login");

    String cell = found("dn-tranbien");
    String username = freshUsername("nut-sso");
    String email = username + "@dongnai.gov.vn";
    join(cell, username, email, "VAN_THU", "issuer");
    String govLogin = "cccd-" + username;
    govUser(govLogin, email);

    BrowserlessLogin login = new BrowserlessLogin(keycloak());
    BrowserlessLogin.Result result =
        login.signInWithButton("ai-do", IDP_ALIAS, govLogin, "mat-khau-cong-vu");

    assertThat(result.code())
        .as("authorization code; last page:\n%s", result.lastPage())
        .isNotNull();
    ChidaoUser caller =
        ChidaoUser.from(
            NimbusReactiveJwtDecoder.withJwkSetUri(keycloak().jwkSetUri())
                .build()
                .decode(login.redeem(result))
                .block());
    assertThat(caller.username()).as("linked to the provisioned account").isEqualTo(username);
    assertThat(caller.unitId()).isEqualTo(cell);
  }

  @Test
  void an_unknown_government_user_is_refused_and_no_account_is_created() {
    String stranger = freshUsername("la");
    String email = stranger + "@dongnai.gov.vn";
    govUser("cccd-" + stranger, email);

    BrowserlessLogin.Result result =
        new BrowserlessLogin(keycloak()).signIn(email, "cccd-" + stranger, "mat-khau-cong-vu");

    assertThat(result.code()).isNull();
    assertThat(result.lastPage()).contains("kc-error-message");
    assertThat(keycloakAdmin().realm("chidao").users().searchByEmail(email, true)).isEmpty();
    assertThat(keycloakAdmin().realm("chidao").users().search("cccd-" + stranger, true)).isEmpty();
  }

  @Test
  void a_person_who_left_every_post_can_no_longer_sign_in_through_the_provider() {
    String cell = found("dn-xuanloc");
    String username = freshUsername("roi-sso");
    String email = username + "@dongnai.gov.vn";
    join(cell, username, email, "MEMBER", "reporter");
    govUser("cccd-" + username, email);
    assertThat(
            new BrowserlessLogin(keycloak())
                .signIn(email, "cccd-" + username, "mat-khau-cong-vu")
                .code())
        .isNotNull();

    delete("/api/org/units/" + cell + "/members/" + username, PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.account")
        .isEqualTo("DISABLED");

    BrowserlessLogin.Result again =
        new BrowserlessLogin(keycloak()).signIn(email, "cccd-" + username, "mat-khau-cong-vu");
    // refused by chidao as soon as it knows who it is (the account is disabled)
    assertThat(again.code()).isNull();
    assertThat(again.lastPage()).contains("kc-error-message");
  }

  private static void govUser(String login, String email) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(login);
    user.setEmail(email);
    user.setEmailVerified(true);
    user.setFirstName("Công");
    user.setLastName("Chức");
    user.setEnabled(true);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue("mat-khau-cong-vu");
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    keycloakAdmin().realm(GOV_REALM).users().create(user).close();
  }
}
