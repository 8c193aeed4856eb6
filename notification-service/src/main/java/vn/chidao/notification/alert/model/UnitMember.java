package vn.chidao.notification.alert.model;

import java.util.List;

/**
 * A person holding a position in a unit, as the people read copy knows them.
 *
 * @param email null when the directory has no address; such a person gets the in-app alert only
 * @param roles chidao roles in this unit, e.g. {@code reviewer}, {@code reporter}
 */
public record UnitMember(
    String username,
    String unitId,
    String tenant,
    String position,
    String email,
    String displayName,
    boolean active,
    List<String> roles) {

  public UnitMember {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public UnitMember(
      String username,
      String unitId,
      String tenant,
      String position,
      String email,
      String displayName,
      boolean active) {
    this(username, unitId, tenant, position, email, displayName, active, List.of());
  }

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
