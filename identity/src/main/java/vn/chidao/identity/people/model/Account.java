package vn.chidao.identity.people.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a person's Keycloak account should look like, derived from their memberships: the unit their
 * tokens name ({@code unit_id}, {@code unit_path}, {@code province} attributes) and the chidao
 * realm roles that go with it. A person without an active membership has a disabled account without
 * chidao roles.
 *
 * @param email the official e-mail, also the key that links a government login to this account
 * @param firstName the position's label ("Văn thư"), as the realm's demo accounts have it
 * @param lastName the unit's name
 * @param attributes single values for {@code unit_id}, {@code unit_path}, {@code province}; empty
 *     for a disabled account
 * @param realmRoles the chidao roles the account must hold, every other chidao role removed
 * @param setsPassword a new account must set a password at first login (required action
 *     UPDATE_PASSWORD); false for people whose e-mail domain belongs to a province that signs in
 *     through its government identity provider — they never need a chidao password
 */
public record Account(
    String username,
    String email,
    String firstName,
    String lastName,
    boolean enabled,
    Map<String, String> attributes,
    Set<String> realmRoles,
    boolean setsPassword) {

  public static final String UNIT_ID = "unit_id";
  public static final String UNIT_PATH = "unit_path";
  public static final String PROVINCE = "province";

  /** The attributes chidao owns on an account; others (set by admins) are left alone. */
  public static final List<String> OWNED_ATTRIBUTES = List.of(UNIT_ID, UNIT_PATH, PROVINCE);

  /** The realm roles chidao grants and revokes; Keycloak's own (default-roles-...) stay. */
  public static final Set<String> CHIDAO_ROLES =
      Set.of(
          "central-admin",
          "province-admin",
          "unit-admin",
          "issuer",
          "reporter",
          "reviewer",
          "member");

  public Account {
    Objects.requireNonNull(username, "username");
    attributes = Map.copyOf(attributes);
    realmRoles = Set.copyOf(realmRoles);
    if (!CHIDAO_ROLES.containsAll(realmRoles)) {
      throw new IllegalArgumentException("not a chidao role in " + realmRoles);
    }
  }
}
