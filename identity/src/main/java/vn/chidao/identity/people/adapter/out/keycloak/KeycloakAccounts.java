package vn.chidao.identity.people.adapter.out.keycloak;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.chidao.identity.people.application.AccountOutcome;
import vn.chidao.identity.people.application.AccountProvisioning;
import vn.chidao.identity.people.model.Account;

/**
 * Keeps Keycloak users equal to the directory through the admin API. Every call compares first and
 * writes only what differs, so provisioning the same person twice changes nothing. A new account
 * gets the required action UPDATE_PASSWORD (the person sets a password at first login), unless its
 * e-mail domain is a province's that signs in through its government identity provider; an account
 * whose person holds no post any more is disabled and loses its chidao roles and unit attributes
 * (it is kept: its id is what a government login is linked to, and a person who comes back gets it
 * again).
 */
class KeycloakAccounts implements AccountProvisioning {

  private final RealmResource realm;
  private final Scheduler scheduler;

  KeycloakAccounts(RealmResource realm, Scheduler scheduler) {
    this.realm = realm;
    this.scheduler = scheduler;
  }

  @Override
  public Mono<AccountOutcome> provision(String username, Function<String, Account> plan) {
    return Mono.fromCallable(() -> provisionBlocking(username, plan)).subscribeOn(scheduler);
  }

  private AccountOutcome provisionBlocking(String username, Function<String, Account> plan) {
    List<UserRepresentation> found = realm.users().searchByUsername(username, true);
    if (found.isEmpty()) {
      Account wanted = plan.apply(null);
      if (!wanted.enabled()) {
        return AccountOutcome.UNCHANGED; // nobody to disable
      }
      String id = create(wanted);
      if (id != null) {
        syncRoles(realm.users().get(id), wanted.realmRoles());
        return AccountOutcome.CREATED;
      }
      // created meanwhile by a concurrent sync of the same person: compare with theirs
      found = realm.users().searchByUsername(username, true);
      if (found.isEmpty()) {
        throw new IllegalStateException("Keycloak refused to create " + username);
      }
    }
    UserResource user = realm.users().get(found.get(0).getId());
    UserRepresentation current = user.toRepresentation();
    Account wanted = plan.apply(first(current.getAttributes(), Account.UNIT_ID));
    boolean changed = updateProfile(user, current, wanted);
    changed |= syncRoles(user, wanted.realmRoles());
    if (!changed) {
      return AccountOutcome.UNCHANGED;
    }
    return wanted.enabled() ? AccountOutcome.UPDATED : AccountOutcome.DISABLED;
  }

  /** The new account's id; null when the username or e-mail exists already. */
  private String create(Account wanted) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(wanted.username());
    user.setEmail(wanted.email());
    user.setEmailVerified(wanted.email() != null);
    user.setFirstName(wanted.firstName());
    user.setLastName(wanted.lastName());
    user.setEnabled(true);
    user.setAttributes(listValued(wanted.attributes()));
    user.setRequiredActions(wanted.setsPassword() ? List.of("UPDATE_PASSWORD") : List.of());
    try (Response response = realm.users().create(user)) {
      if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
        return null; // the username, or the e-mail, is already taken
      }
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  /** Writes the profile only where it differs; attributes chidao does not own are kept. */
  private static boolean updateProfile(
      UserResource user, UserRepresentation current, Account wanted) {
    Map<String, List<String>> attributes =
        current.getAttributes() == null ? new HashMap<>() : new HashMap<>(current.getAttributes());
    Account.OWNED_ATTRIBUTES.forEach(attributes::remove);
    attributes.putAll(listValued(wanted.attributes()));
    boolean same =
        Objects.equals(current.getEmail(), wanted.email())
            && Boolean.TRUE.equals(current.isEmailVerified()) == (wanted.email() != null)
            && Boolean.TRUE.equals(current.isEnabled()) == wanted.enabled()
            && (!wanted.enabled()
                || (Objects.equals(current.getFirstName(), wanted.firstName())
                    && Objects.equals(current.getLastName(), wanted.lastName())))
            && attributes.equals(
                current.getAttributes() == null ? Map.of() : current.getAttributes());
    if (same) {
      return false;
    }
    current.setEmail(wanted.email());
    current.setEmailVerified(wanted.email() != null);
    current.setEnabled(wanted.enabled());
    if (wanted.enabled()) {
      current.setFirstName(wanted.firstName());
      current.setLastName(wanted.lastName());
    }
    current.setAttributes(attributes);
    user.update(current);
    return true;
  }

  /** Grants the missing chidao roles and revokes the others; Keycloak's own roles are left. */
  private boolean syncRoles(UserResource user, Set<String> wanted) {
    List<RoleRepresentation> held = user.roles().realmLevel().listAll();
    List<RoleRepresentation> revoke =
        held.stream()
            .filter(role -> Account.CHIDAO_ROLES.contains(role.getName()))
            .filter(role -> !wanted.contains(role.getName()))
            .toList();
    Set<String> heldNames =
        held.stream().map(RoleRepresentation::getName).collect(java.util.stream.Collectors.toSet());
    List<String> missing = wanted.stream().filter(name -> !heldNames.contains(name)).toList();
    // The roles this account may still be given; reading realm roles by name would need
    // view-realm, which the service account does not have (manage-users is enough for this).
    List<RoleRepresentation> grant =
        missing.isEmpty()
            ? List.of()
            : user.roles().realmLevel().listAvailable().stream()
                .filter(role -> missing.contains(role.getName()))
                .toList();
    if (grant.size() != missing.size()) {
      throw new IllegalStateException("Keycloak lacks realm roles among " + missing);
    }
    if (!revoke.isEmpty()) {
      user.roles().realmLevel().remove(revoke);
    }
    if (!grant.isEmpty()) {
      user.roles().realmLevel().add(grant);
    }
    return !revoke.isEmpty() || !grant.isEmpty();
  }

  private static Map<String, List<String>> listValued(Map<String, String> single) {
    Map<String, List<String>> result = new HashMap<>();
    single.forEach((key, value) -> result.put(key, List.of(value)));
    return result;
  }

  private static String first(Map<String, List<String>> attributes, String name) {
    if (attributes == null || attributes.get(name) == null || attributes.get(name).isEmpty()) {
      return null;
    }
    return attributes.get(name).get(0);
  }
}
