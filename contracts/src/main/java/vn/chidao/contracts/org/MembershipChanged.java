package vn.chidao.contracts.org;

import java.time.Instant;

/**
 * A person joined a unit, changed position there, or left it. Consumers that alert "the people of a
 * unit" keep a read copy keyed by ({@code username}, {@code unitId}).
 *
 * @param username the person's login name in Keycloak (stable across services)
 * @param position e.g. {@code BI_THU}, {@code PHO_BI_THU}, {@code VAN_THU}, {@code MEMBER}
 * @param active false when the person left the unit
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
    boolean active) {}
