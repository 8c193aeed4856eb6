package vn.chidao.identity.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on as the realm file declares it (ADR 0005): each province's government identity
 * provider is reached through that province's Organization and only ever links to an account chidao
 * provisioned. {@code GovernmentSsoIT} proves it in a real Keycloak.
 */
class RealmSsoFileTest {

  private static final String FLOW = "chidao-first-broker-login";

  private final JsonNode realm = RealmFile.read();
  private final Map<String, JsonNode> providers =
      RealmFile.byKey(realm.path("identityProviders"), "alias");
  private final Map<String, JsonNode> organizations =
      RealmFile.byKey(realm.path("organizations"), "alias");
  private final Map<String, JsonNode> flows =
      RealmFile.byKey(realm.path("authenticationFlows"), "alias");

  @Test
  void every_province_has_an_organization_with_its_email_domain_and_its_own_provider() {
    assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
    assertThat(organizations).containsOnlyKeys("dong-nai", "quang-ngai");
    organizations.forEach(
        (province, organization) -> {
          JsonNode domain = organization.path("domains").get(0);
          JsonNode provider = providers.get("gov-" + province);
          assertThat(organization.path("identityProviders").get(0).path("alias").asString())
              .isEqualTo("gov-" + province);
          assertThat(provider.path("config").path("kc.org.domain").asString())
              .isEqualTo(domain.path("name").asString());
          assertThat(
                  provider
                      .path("config")
                      .path("kc.org.broker.redirect.mode.email-matches")
                      .asString())
              .isEqualTo("true");
          assertThat(organization.path("attributes").path("province").get(0).asString())
              .isEqualTo(province);
        });
  }

  @Test
  void government_providers_only_link_to_provisioned_accounts_and_never_create_one() {
    providers
        .values()
        .forEach(
            provider -> {
              assertThat(provider.path("firstBrokerLoginFlowAlias").asString()).isEqualTo(FLOW);
              assertThat(provider.path("hideOnLogin").asBoolean())
                  .as("a button on Keycloak's page, beside the routing by e-mail domain")
                  .isFalse();
              assertThat(provider.path("config").path("syncMode").asString())
                  .as("the directory, not the provider, owns the profile")
                  .isEqualTo("IMPORT");
              assertThat(provider.path("config").path("pkceMethod").asString()).isEqualTo("S256");
            });
    List<String> authenticators = new ArrayList<>();
    flows
        .values()
        .forEach(
            flow ->
                flow.path("authenticationExecutions")
                    .forEach(step -> authenticators.add(step.path("authenticator").asString())));
    assertThat(authenticators)
        .contains("idp-detect-existing-broker-user", "idp-auto-link")
        .doesNotContain("idp-create-user-if-unique", "idp-review-profile", "idp-confirm-link");
    assertThat(
            flows
                .get(FLOW)
                .path("authenticationExecutions")
                .get(0)
                .path("authenticator")
                .asString())
        .as("an unknown person is refused before anything else happens")
        .isEqualTo("idp-detect-existing-broker-user");
  }

  @Test
  void the_realm_file_does_not_change_the_realms_default_first_login() {
    assertThat(realm.has("firstBrokerLoginFlow")).isFalse();
  }
}
