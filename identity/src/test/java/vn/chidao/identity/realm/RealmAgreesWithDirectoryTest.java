package vn.chidao.identity.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.identity.org.adapter.in.demo.DemoDirectoryReader;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgDirectory;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Positions;

/**
 * demo/directory.json and the realm export describe the same people; tokens carry the realm's
 * attributes and the directory serves the file's, so any drift shows up as wrong access.
 */
class RealmAgreesWithDirectoryTest {

  private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  private final JsonNode realm = RealmFile.read();
  private final OrgDirectory directory =
      new DemoDirectoryReader(JsonMapper.builder().build())
          .read(new ClassPathResource("demo/directory.json"));
  private final Map<String, OrgUnit> units =
      directory.units().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
  private final Map<String, JsonNode> users = RealmFile.byKey(realm.path("users"), "username");

  @Test
  void every_person_of_the_directory_is_a_realm_user_and_no_one_else_is() {
    Set<String> people =
        directory.memberships().stream().map(Membership::username).collect(Collectors.toSet());
    Set<String> humans =
        users.keySet().stream()
            .filter(name -> !name.startsWith(SERVICE_ACCOUNT_PREFIX))
            .collect(Collectors.toSet());

    assertThat(humans).isEqualTo(people);
  }

  @Test
  void each_user_carries_the_unit_path_and_province_of_their_directory_unit() {
    for (Membership person : directory.memberships()) {
      JsonNode user = users.get(person.username());
      OrgUnit unit = units.get(person.unitId());

      assertThat(RealmFile.attribute(user, "unit_id")).as(person.username()).isEqualTo(unit.id());
      assertThat(RealmFile.attribute(user, "unit_path"))
          .as(person.username())
          .isEqualTo(unit.path());
      assertThat(RealmFile.attribute(user, "province"))
          .as(person.username())
          .isEqualTo(unit.tenant());
    }
  }

  @Test
  void each_user_has_exactly_the_realm_roles_the_directory_lists() {
    for (Membership person : directory.memberships()) {
      assertThat(RealmFile.strings(users.get(person.username()).path("realmRoles")))
          .as(person.username())
          .containsExactlyInAnyOrderElementsOf(person.roles());
    }
  }

  @Test
  void each_user_logs_in_with_the_demo_password_and_a_verified_test_email() {
    for (Membership person : directory.memberships()) {
      JsonNode user = users.get(person.username());
      JsonNode credentials = user.path("credentials");

      assertThat(user.path("enabled").asBoolean()).as(person.username()).isTrue();
      assertThat(user.path("email").asString()).isEqualTo(person.email());
      assertThat(user.path("emailVerified").asBoolean()).as(person.username()).isTrue();
      assertThat(credentials.size()).as(person.username()).isEqualTo(1);
      assertThat(credentials.get(0).path("type").asString()).isEqualTo("password");
      assertThat(credentials.get(0).path("value").asString()).isEqualTo("chidao-demo");
      assertThat(credentials.get(0).path("temporary").asBoolean()).isFalse();
    }
  }

  @Test
  void users_are_named_by_position_and_unit_never_by_a_personal_name() {
    for (Membership person : directory.memberships()) {
      JsonNode user = users.get(person.username());

      assertThat(user.path("firstName").asString()).isEqualTo(Positions.label(person.position()));
      assertThat(user.path("lastName").asString()).isEqualTo(units.get(person.unitId()).name());
    }
  }

  @Test
  void every_role_a_user_holds_is_defined_in_the_realm() {
    Set<String> defined = RealmFile.byKey(realm.path("roles").path("realm"), "name").keySet();

    for (Membership person : directory.memberships()) {
      assertThat(defined).as(person.username()).containsAll(person.roles());
    }
  }
}
