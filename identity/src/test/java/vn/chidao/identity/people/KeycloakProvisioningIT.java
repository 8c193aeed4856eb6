package vn.chidao.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Provisioning against the real test Keycloak: the account a membership creates gives its person a
 * token with the right unit claims and roles; provisioning again changes nothing; a second post
 * does not move the token; leaving every post disables the account and takes its roles.
 */
class KeycloakProvisioningIT extends PeopleIT {

  private static final String PASSWORD = "mat-khau-thu-nghiem-1";

  @Test
  void a_provisioned_person_gets_a_token_naming_their_unit_province_and_roles() {
    String cell = found("dn-tranbien");
    String username = freshUsername("cap");
    String email = username + "@chidao.test"; // not a government domain: signs in with a password
    join(cell, username, email, "BI_THU", "issuer", "reporter");

    UserRepresentation user = keycloakUser(username);
    assertThat(user.isEnabled()).isTrue();
    assertThat(user.getEmail()).isEqualTo(email);
    assertThat(user.isEmailVerified()).isTrue();
    assertThat(user.getFirstName()).isEqualTo("Bí thư");
    assertThat(user.getLastName()).isEqualTo("Chi bộ " + cell);
    assertThat(user.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
    assertThat(user.getAttributes())
        .containsEntry("unit_id", List.of(cell))
        .containsEntry("unit_path", List.of("/tw/dong-nai/dn-tranbien/" + cell + "/"))
        .containsEntry("province", List.of("dong-nai"));
    assertThat(realmRoles(username))
        .contains("issuer", "reporter", "member")
        .doesNotContain("unit-admin");

    setPassword(user);
    ChidaoUser caller = tokenOf(username);
    assertThat(caller.username()).isEqualTo(username);
    assertThat(caller.unitId()).isEqualTo(cell);
    assertThat(caller.unitPath()).isEqualTo("/tw/dong-nai/dn-tranbien/" + cell + "/");
    assertThat(caller.province()).isEqualTo("dong-nai");
    assertThat(caller.roles()).contains("issuer", "reporter", "member");
  }

  @Test
  void provisioning_again_changes_nothing() {
    String cell = found("dn-xuanloc");
    String username = freshUsername("lap");
    join(cell, username, username + "@dongnai.gov.vn", "VAN_THU", "issuer");
    setPassword(keycloakUser(username)); // the person has logged in once and set a password
    UserRepresentation before = keycloakUser(username);
    List<String> rolesBefore = realmRoles(username);

    post("/api/org/people/" + username + "/sync", Map.of(), PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.account")
        .isEqualTo("UNCHANGED");

    UserRepresentation after = keycloakUser(username);
    assertThat(after.getId()).isEqualTo(before.getId());
    assertThat(after.getAttributes()).isEqualTo(before.getAttributes());
    assertThat(after.getEmail()).isEqualTo(before.getEmail());
    assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
    assertThat(after.getLastName()).isEqualTo(before.getLastName());
    assertThat(after.isEnabled()).isEqualTo(before.isEnabled());
    assertThat(after.getRequiredActions()).isEqualTo(before.getRequiredActions()).isEmpty();
    assertThat(realmRoles(username)).isEqualTo(rolesBefore);
    assertThat(tokenOf(username).unitId()).isEqualTo(cell);
  }

  @Test
  void a_second_post_keeps_the_token_on_the_first_until_the_first_ends() {
    String first = found("dn-xuanloc");
    String second = found("dn-tranbien");
    String username = freshUsername("hai");
    String email = username + "@dongnai.gov.vn";
    join(first, username, email, "MEMBER", "reporter");
    setPassword(keycloakUser(username));

    join(second, username, email, "BI_THU", "issuer", "unit-admin");
    ChidaoUser stillFirst = tokenOf(username);
    assertThat(stillFirst.unitId()).isEqualTo(first);
    assertThat(stillFirst.roles()).contains("reporter").doesNotContain("issuer", "unit-admin");

    delete("/api/org/units/" + first + "/members/" + username, PROVINCE_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.account")
        .isEqualTo("UPDATED");
    ChidaoUser moved = tokenOf(username);
    assertThat(moved.unitId()).isEqualTo(second);
    assertThat(moved.roles()).contains("issuer", "unit-admin").doesNotContain("reporter");
  }

  @Test
  void leaving_the_last_post_disables_the_account_and_takes_its_roles() {
    String cell = found("dn-tranbien");
    String username = freshUsername("roi");
    join(cell, username, username + "@dongnai.gov.vn", "VAN_THU", "issuer", "reporter");
    setPassword(keycloakUser(username));
    assertThat(tokenOf(username).unitId()).isEqualTo(cell);

    delete("/api/org/units/" + cell + "/members/" + username, UNIT_ADMIN)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.account")
        .isEqualTo("DISABLED");

    UserRepresentation user = keycloakUser(username);
    assertThat(user.isEnabled()).isFalse();
    assertThat(user.getAttributes() == null ? Map.of() : user.getAttributes())
        .doesNotContainKeys("unit_id", "unit_path", "province");
    assertThat(realmRoles(username))
        .doesNotContain("issuer", "reporter", "member", "unit-admin", "province-admin");
    assertThatThrownBy(() -> keycloak().passwordToken(username, PASSWORD))
        .hasMessageContaining("400");
  }

  private static void setPassword(UserRepresentation user) {
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(PASSWORD);
    password.setTemporary(false);
    keycloakAdmin().realm("chidao").users().get(user.getId()).resetPassword(password);
  }

  /** The person's token from the real Keycloak, validated and read the way services read it. */
  private static ChidaoUser tokenOf(String username) {
    String token = keycloak().passwordToken(username, PASSWORD);
    Jwt jwt =
        NimbusReactiveJwtDecoder.withJwkSetUri(keycloak().jwkSetUri())
            .build()
            .decode(token)
            .block();
    return ChidaoUser.from(jwt);
  }
}
