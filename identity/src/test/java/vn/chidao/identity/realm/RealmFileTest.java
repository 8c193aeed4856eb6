package vn.chidao.identity.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.platform.security.ChidaoUser;

/**
 * What the services rely on in the realm file. Keycloak itself was checked against it by hand
 * (identity/README.md); TestKeycloak-based ITs check the tokens it issues.
 */
class RealmFileTest {

  private final JsonNode realm = RealmFile.read();
  private final Map<String, JsonNode> clients = RealmFile.byKey(realm.path("clients"), "clientId");

  @Test
  void the_realm_is_chidao_in_vietnamese_by_default() {
    assertThat(realm.path("realm").asString()).isEqualTo("chidao");
    assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
    assertThat(realm.path("defaultLocale").asString()).isEqualTo("vi");
    assertThat(RealmFile.strings(realm.path("supportedLocales"))).containsExactly("en", "vi");
  }

  @Test
  void the_realm_defines_every_role_the_services_check() {
    Map<String, JsonNode> roles = RealmFile.byKey(realm.path("roles").path("realm"), "name");

    assertThat(roles)
        .containsKeys(
            ChidaoRoles.CENTRAL_ADMIN,
            ChidaoRoles.PROVINCE_ADMIN,
            ChidaoRoles.UNIT_ADMIN,
            ChidaoRoles.ISSUER,
            ChidaoRoles.REPORTER,
            ChidaoRoles.REVIEWER,
            ChidaoRoles.MEMBER);
    roles.values().forEach(role -> assertThat(role.path("description").asString()).isNotBlank());
  }

  @Test
  void the_gateway_logs_users_in_with_authorization_code_and_pkce_only() {
    JsonNode gateway = clients.get("chidao-gateway");

    assertThat(gateway.path("publicClient").asBoolean()).isFalse();
    assertThat(gateway.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(gateway.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asString())
        .isEqualTo("S256");
    assertThat(gateway.path("secret").asString())
        .isEqualTo("${CHIDAO_GATEWAY_CLIENT_SECRET:chidao-gateway-dev-secret}");
  }

  /**
   * Keycloak resolves {@code ${ENV:default}} placeholders only when it imports the file at start-up
   * (compose, ./chidao up); an import through the admin API stores them as written and refuses an
   * unresolved placeholder in a URL it validates. So validated URLs stay literal, and each
   * placeholder redirect URI has a literal localhost twin.
   */
  @Test
  void the_gateway_client_survives_an_import_that_does_not_resolve_placeholders() {
    JsonNode gateway = clients.get("chidao-gateway");

    assertThat(gateway.has("rootUrl")).isFalse();
    assertThat(gateway.has("baseUrl")).isFalse();
    assertThat(RealmFile.strings(gateway.path("redirectUris")))
        .contains("${CHIDAO_PUBLIC_URL:http://localhost:8080}/*", "http://localhost:8080/*");
    assertThat(RealmFile.strings(gateway.path("webOrigins"))).contains("http://localhost:8080");
  }

  @Test
  void the_identity_service_account_may_manage_users_and_nothing_else() {
    JsonNode identity = clients.get("chidao-identity");
    JsonNode account =
        RealmFile.byKey(realm.path("users"), "username").get("service-account-chidao-identity");

    assertThat(identity.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(identity.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(account.path("serviceAccountClientId").asString()).isEqualTo("chidao-identity");
    assertThat(RealmFile.strings(account.path("clientRoles").path("realm-management")))
        .containsExactly("manage-users", "query-users", "view-users");
  }

  @Test
  void the_cli_client_is_public_and_only_trades_passwords_for_tokens() {
    JsonNode cli = clients.get("chidao-cli");

    assertThat(cli.path("publicClient").asBoolean()).isTrue();
    assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
  }

  @Test
  void every_client_gets_the_unit_claims_in_every_token() {
    JsonNode scope = RealmFile.byKey(realm.path("clientScopes"), "name").get("chidao-claims");
    Map<String, JsonNode> mappers = RealmFile.byKey(scope.path("protocolMappers"), "name");

    for (String claim :
        new String[] {
          ChidaoUser.CLAIM_UNIT_ID, ChidaoUser.CLAIM_UNIT_PATH, ChidaoUser.CLAIM_PROVINCE
        }) {
      JsonNode config = mappers.get(claim).path("config");
      assertThat(config.path("user.attribute").asString()).isEqualTo(claim);
      assertThat(config.path("claim.name").asString()).isEqualTo(claim);
      assertThat(config.path("jsonType.label").asString()).isEqualTo("String");
      assertThat(config.path("access.token.claim").asString()).isEqualTo("true");
      assertThat(config.path("id.token.claim").asString()).isEqualTo("true");
      assertThat(config.path("userinfo.token.claim").asString()).isEqualTo("true");
    }
    for (JsonNode client : clients.values()) {
      assertThat(RealmFile.strings(client.path("defaultClientScopes")))
          .as(client.path("clientId").asString())
          .contains("chidao-claims", "profile", "roles", "basic");
    }
  }

  @Test
  void the_user_profile_keeps_the_unit_attributes_and_only_admins_edit_them() {
    String profile =
        realm
            .path("components")
            .path("org.keycloak.userprofile.UserProfileProvider")
            .get(0)
            .path("config")
            .path("kc.user.profile.config")
            .get(0)
            .asString();
    JsonNode attributes = JsonMapper.builder().build().readTree(profile).path("attributes");
    Map<String, JsonNode> byName = RealmFile.byKey(attributes, "name");

    for (String name : new String[] {"unit_id", "unit_path", "province"}) {
      assertThat(RealmFile.strings(byName.get(name).path("permissions").path("edit")))
          .as(name)
          .containsExactly("admin");
    }
  }

  @Test
  void access_tokens_are_short_lived_and_password_guessing_is_slowed_down() {
    assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
  }
}
