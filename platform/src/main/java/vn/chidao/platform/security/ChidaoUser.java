package vn.chidao.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as Keycloak vouches for it: their login, their unit (id and materialized path)
 * and their province (the tenant), plus realm roles. Services decide access from this alone.
 */
public record ChidaoUser(
    String username, String unitId, String unitPath, String province, Set<String> roles) {

  public static final String CLAIM_UNIT_ID = "unit_id";
  public static final String CLAIM_UNIT_PATH = "unit_path";
  public static final String CLAIM_PROVINCE = "province";

  public ChidaoUser {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public static ChidaoUser from(Jwt jwt) {
    String username = jwt.getClaimAsString("preferred_username");
    return new ChidaoUser(
        username != null ? username : jwt.getSubject(),
        jwt.getClaimAsString(CLAIM_UNIT_ID),
        jwt.getClaimAsString(CLAIM_UNIT_PATH),
        jwt.getClaimAsString(CLAIM_PROVINCE),
        Set.copyOf(realmRoles(jwt)));
  }

  /** Keycloak puts realm roles under {@code realm_access.roles}. */
  static Collection<String> realmRoles(Jwt jwt) {
    Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
    if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
      return List.of();
    }
    return roles.stream().map(String::valueOf).toList();
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isCentral() {
    return hasRole(ChidaoRoles.CENTRAL_ADMIN);
  }

  /** True when {@code path} is this user's unit or lies below it in the tree. */
  public boolean covers(String path) {
    return unitPath != null && path != null && path.startsWith(unitPath);
  }

  /** True when data of {@code tenant} may be shown to this user at all. */
  public boolean mayAccessTenant(String tenant) {
    return isCentral() || (province != null && province.equals(tenant));
  }
}
