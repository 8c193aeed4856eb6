package vn.chidao.identity.org.model;

import java.util.List;

/**
 * A person's place in a unit: their position there and the realm roles that go with it. The
 * username is the Keycloak login, stable across services.
 *
 * @param tenant the province of the unit, copied so tenancy checks need no join
 * @param active false once the person has left the unit
 */
public record Membership(
    String username,
    String unitId,
    String tenant,
    String position,
    List<String> roles,
    String email,
    boolean active) {

  public Membership {
    OrgUnit.requireText(username, "username");
    OrgUnit.requireText(unitId, "unitId");
    OrgUnit.requireText(tenant, "tenant");
    OrgUnit.requireText(position, "position");
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** How the person is shown without a personal name: "Văn thư — Tỉnh ủy Đồng Nai". */
  public String displayName(String unitName) {
    return Positions.label(position) + " — " + unitName;
  }
}
