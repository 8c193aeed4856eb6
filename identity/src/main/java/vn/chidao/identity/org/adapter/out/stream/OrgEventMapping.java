package vn.chidao.identity.org.adapter.out.stream;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import vn.chidao.contracts.org.MembershipChanged;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

/**
 * Turns stored versions into event payloads. The event id is a name-based UUID of (kind, key,
 * version, time of the version): the same version always yields the same id, so re-publishing it is
 * recognisable as a duplicate, while a database rebuilt from scratch (versions restart, times
 * differ) yields new ids. {@code occurredAt} is when the version was written, not when it was sent.
 */
final class OrgEventMapping {

  private OrgEventMapping() {}

  static OrgUnitChanged unitChanged(Versioned<OrgUnit> versioned) {
    OrgUnit unit = versioned.value();
    return new OrgUnitChanged(
        eventId("OrgUnitChanged", unit.id(), versioned),
        versioned.changedAt(),
        unit.tenant(),
        unit.id(),
        unit.parentId(),
        unit.path(),
        unit.kind(),
        unit.name(),
        unit.issuerAbbr(),
        unit.status().name(),
        unit.successorIds());
  }

  static MembershipChanged membershipChanged(Versioned<Membership> versioned, OrgUnit unit) {
    Membership membership = versioned.value();
    return new MembershipChanged(
        eventId("MembershipChanged", membership.unitId() + ":" + membership.username(), versioned),
        versioned.changedAt(),
        membership.tenant(),
        membership.username(),
        membership.unitId(),
        membership.position(),
        membership.email(),
        membership.displayName(unit.name()),
        membership.active(),
        membership.roles());
  }

  private static String eventId(String kind, String key, Versioned<?> versioned) {
    String name =
        kind + "|" + key + "|" + versioned.version() + "|" + versioned.changedAt().toEpochMilli();
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
