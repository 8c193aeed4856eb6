package vn.chidao.directive.issue.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whom a caller may address (DESIGN "Access rules"): only existing, open units of their own subtree
 * and province; the centre may address every province. A copy sent up for the superior's knowledge
 * ("b/c", {@link Purpose#REPORT_TO}) may also go to a unit above the caller's, that unit alone.
 * Refusals are checked in an order that never tells a caller more than they need: unknown ids
 * first, then units out of their reach, and only then the state of units they may address.
 */
public final class AddressingPolicy {

  private AddressingPolicy() {}

  /**
   * @param known units found in the read copy among the caller's unit and the requested ids
   * @param requested recipient ids as asked, possibly with repeats, each to implement
   */
  public static Addressing decide(Caller caller, List<String> requested, Map<String, Unit> known) {
    return decideList(caller, requested.stream().map(Recipient::implement).toList(), known);
  }

  /** The same for a distribution list whose entries have scopes and purposes. */
  public static Addressing decideList(
      Caller caller, List<Recipient> requested, Map<String, Unit> known) {
    Unit issuer = caller.unitId() == null ? null : known.get(caller.unitId());
    if (issuer == null) {
      return refuse(Refusal.ISSUER_UNIT_UNKNOWN, caller.unitId());
    }
    if (!caller.central() && !issuer.tenant().equals(caller.province())) {
      return refuse(Refusal.ISSUER_OTHER_PROVINCE, issuer.id());
    }
    if (!issuer.active()) {
      return refuse(Refusal.ISSUER_UNIT_CLOSED, issuer.id());
    }
    List<Recipient> entries = merged(requested);
    List<String> unknown =
        entries.stream().map(Recipient::unitId).filter(id -> !known.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      return new Addressing.Refused(Refusal.RECIPIENTS_UNKNOWN, unknown);
    }
    if (!caller.central()) {
      List<Recipient> downwards =
          entries.stream().filter(entry -> !isReportUpwards(entry, known, caller)).toList();
      List<Unit> below = downwards.stream().map(entry -> known.get(entry.unitId())).toList();
      List<String> otherProvince =
          idsWhere(below, unit -> !unit.tenant().equals(caller.province()));
      if (!otherProvince.isEmpty()) {
        return new Addressing.Refused(Refusal.RECIPIENTS_OTHER_PROVINCE, otherProvince);
      }
      List<String> outside = idsWhere(below, unit -> !unit.isWithin(caller.unitPath()));
      if (!outside.isEmpty()) {
        return new Addressing.Refused(Refusal.RECIPIENTS_OUTSIDE_SUBTREE, outside);
      }
    }
    List<Unit> recipients =
        entries.stream().map(Recipient::unitId).distinct().map(known::get).toList();
    List<String> closed = idsWhere(recipients, unit -> !unit.active());
    if (!closed.isEmpty()) {
      return new Addressing.Refused(Refusal.RECIPIENTS_CLOSED, closed);
    }
    return new Addressing.Allowed(issuer, recipients, entries);
  }

  /** A "b/c" copy to a unit above the caller's own: allowed, but only that unit. */
  private static boolean isReportUpwards(Recipient entry, Map<String, Unit> known, Caller caller) {
    Unit unit = known.get(entry.unitId());
    return entry.purpose() == Purpose.REPORT_TO
        && entry.scope() == Scope.UNIT
        && caller.unitPath() != null
        && caller.unitPath().startsWith(unit.path())
        && !caller.unitPath().equals(unit.path());
  }

  /** The same entry asked twice counts once (the first one's label wins). */
  private static List<Recipient> merged(List<Recipient> requested) {
    Map<String, Recipient> byKey = new LinkedHashMap<>();
    for (Recipient entry : requested) {
      String key =
          entry.unitId() + "|" + entry.scope() + "|" + entry.kinds() + "|" + entry.purpose();
      byKey.putIfAbsent(key, entry);
    }
    return new ArrayList<>(byKey.values());
  }

  private static List<String> idsWhere(List<Unit> units, Predicate<Unit> condition) {
    return units.stream().filter(condition).map(Unit::id).distinct().toList();
  }

  private static Addressing refuse(Refusal reason, String unitId) {
    return new Addressing.Refused(reason, unitId == null ? List.of() : List.of(unitId));
  }
}
