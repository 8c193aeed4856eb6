package vn.chidao.notification.alert.model;

/**
 * A person holding a position in a unit, as the people read copy knows them.
 *
 * @param email null when the directory has no address; such a person gets the in-app alert only
 */
public record UnitMember(
    String username,
    String unitId,
    String tenant,
    String position,
    String email,
    String displayName,
    boolean active) {

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
