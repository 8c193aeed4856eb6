package vn.chidao.identity.org.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A whole directory to load at once: every unit and every membership, checked to fit together. */
public record OrgDirectory(List<OrgUnit> units, List<Membership> memberships) {

  public OrgDirectory {
    units = List.copyOf(units);
    memberships = List.copyOf(memberships);
    Set<String> ids = new HashSet<>();
    for (OrgUnit unit : units) {
      if (!ids.add(unit.id())) {
        throw new IllegalArgumentException("duplicate unit id " + unit.id());
      }
    }
    Set<String> people = new HashSet<>();
    for (Membership membership : memberships) {
      if (!ids.contains(membership.unitId())) {
        throw new IllegalArgumentException(
            membership.username() + " belongs to unknown unit " + membership.unitId());
      }
      if (!people.add(membership.username() + "@" + membership.unitId())) {
        throw new IllegalArgumentException(
            "duplicate membership " + membership.username() + " in " + membership.unitId());
      }
    }
  }
}
