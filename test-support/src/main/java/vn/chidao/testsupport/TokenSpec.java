package vn.chidao.testsupport;

import java.time.Duration;
import java.util.List;

/**
 * What a test token says about its bearer, with the claims Keycloak's {@code chidao} realm puts
 * into access tokens. Immutable; each {@code with...} returns a copy.
 *
 * @param expiresIn lifetime from now; negative for a token that has already expired
 * @param issuer null for the issuer's own URL, or another URL to forge a foreign token
 */
public record TokenSpec(
    String username,
    String unitId,
    String unitPath,
    String province,
    List<String> roles,
    Duration expiresIn,
    String issuer) {

  public TokenSpec {
    roles = List.copyOf(roles);
  }

  public static TokenSpec of(
      String username, String unitId, String unitPath, String province, String... roles) {
    return new TokenSpec(
        username, unitId, unitPath, province, List.of(roles), Duration.ofMinutes(5), null);
  }

  public TokenSpec expiresIn(Duration lifetime) {
    return new TokenSpec(username, unitId, unitPath, province, roles, lifetime, issuer);
  }

  public TokenSpec withIssuer(String otherIssuer) {
    return new TokenSpec(username, unitId, unitPath, province, roles, expiresIn, otherIssuer);
  }

  public TokenSpec withRoles(String... otherRoles) {
    return new TokenSpec(
        username, unitId, unitPath, province, List.of(otherRoles), expiresIn, issuer);
  }
}
