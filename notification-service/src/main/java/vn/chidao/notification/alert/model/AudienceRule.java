package vn.chidao.notification.alert.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who in some units is alerted: the active members holding one of {@code positions} or having one
 * of {@code roles}.
 */
public record AudienceRule(Set<String> unitIds, Set<String> positions, Set<String> roles) {

  public AudienceRule {
    // In the order given: queries and tests read them back predictably.
    unitIds = Collections.unmodifiableSet(new LinkedHashSet<>(unitIds));
    positions = positions == null ? Set.of() : Set.copyOf(positions);
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public static AudienceRule of(
      Collection<String> unitIds, Set<String> positions, Set<String> roles) {
    return new AudienceRule(
        new LinkedHashSet<>(unitIds.stream().filter(u -> u != null).toList()), positions, roles);
  }

  public boolean includes(UnitMember member) {
    return member.active()
        && unitIds.contains(member.unitId())
        && ((member.position() != null && positions.contains(member.position()))
            || member.roles().stream().anyMatch(roles::contains));
  }
}
