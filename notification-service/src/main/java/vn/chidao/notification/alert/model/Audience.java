package vn.chidao.notification.alert.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people one event alerts, as rules over units. The store is asked once for the union of units,
 * positions and roles (one query per batch, never one per unit); {@link #select} then keeps whom a
 * rule really names, each person once even when two rules or two units name them.
 */
public record Audience(List<AudienceRule> rules) {

  public Audience {
    rules = List.copyOf(rules);
  }

  public static Audience of(AudienceRule... rules) {
    return new Audience(List.of(rules));
  }

  public List<String> unitIds() {
    Set<String> units = new LinkedHashSet<>();
    rules.forEach(rule -> units.addAll(rule.unitIds()));
    return new ArrayList<>(units);
  }

  public Set<String> positions() {
    Set<String> positions = new LinkedHashSet<>();
    rules.forEach(rule -> positions.addAll(rule.positions()));
    return positions;
  }

  public Set<String> roles() {
    Set<String> roles = new LinkedHashSet<>();
    rules.forEach(rule -> roles.addAll(rule.roles()));
    return roles;
  }

  public boolean includes(UnitMember member) {
    return rules.stream().anyMatch(rule -> rule.includes(member));
  }

  /** The members a rule names, one entry per person (their first matching unit). */
  public List<UnitMember> select(List<UnitMember> candidates) {
    Map<String, UnitMember> byUsername = new LinkedHashMap<>();
    for (UnitMember member : candidates) {
      if (includes(member)) {
        byUsername.putIfAbsent(member.username(), member);
      }
    }
    return new ArrayList<>(byUsername.values());
  }
}
