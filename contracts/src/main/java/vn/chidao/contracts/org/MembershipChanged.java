package vn.chidao.contracts.org;

import java.time.Instant;
import java.util.List;

/**
 * A person joined a unit, changed position there, or left it. Consumers that alert "the people of a
 * unit" keep a read copy keyed by ({@code username}, {@code unitId}).
 *
 * @param username the person's login name in Keycloak (stable across services)
 * @param position e.g. {@code BI_THU}, {@code PHO_BI_THU}, {@code VAN_THU}, {@code MEMBER}
 * @param active false when the person left the unit
 * @param roles the person's chidao roles in this unit (e.g. {@code issuer}, {@code reviewer},
 *     {@code reporter}); empty when not known
 */
public record MembershipChanged(
    String eventId,
    Instant occurredAt,
    String tenant,
    String username,
    String unitId,
    String position,
    String email,
    String displayName,
    boolean active,
    List<String> roles) {

  public MembershipChanged {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** A membership without roles (the shape before roles were added). */
  public MembershipChanged(
      String eventId,
      Instant occurredAt,
      String tenant,
      String username,
      String unitId,
      String position,
      String email,
      String displayName,
      boolean active) {
    this(eventId, occurredAt, tenant, username, unitId, position, email, displayName, active, null);
  }
}
