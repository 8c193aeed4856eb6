package vn.chidao.directive.issue.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whom a caller may address (DESIGN "Access rules"): only existing, open units of their own subtree
 * and province; the centre may address every province. Refusals are checked in an order that never
 * tells a caller more than they need: unknown ids first, then units out of their reach, and only
 * then the state of units they may address.
 */
public final class AddressingPolicy {

  private AddressingPolicy() {}

  /**
   * @param known units found in the read copy among the caller's unit and the requested ids
   * @param requested recipient ids as asked, possibly with repeats
   */
  public static Addressing decide(Caller caller, List<String> requested, Map<String, Unit> known) {
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
    List<String> ids = List.copyOf(new LinkedHashSet<>(requested));
    List<String> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      return new Addressing.Refused(Refusal.RECIPIENTS_UNKNOWN, unknown);
    }
    List<Unit> recipients = ids.stream().map(known::get).toList();
    if (!caller.central()) {
      List<String> otherProvince =
          idsWhere(recipients, unit -> !unit.tenant().equals(caller.province()));
      if (!otherProvince.isEmpty()) {
        return new Addressing.Refused(Refusal.RECIPIENTS_OTHER_PROVINCE, otherProvince);
      }
      List<String> outside = idsWhere(recipients, unit -> !unit.isWithin(caller.unitPath()));
      if (!outside.isEmpty()) {
        return new Addressing.Refused(Refusal.RECIPIENTS_OUTSIDE_SUBTREE, outside);
      }
    }
    List<String> closed = idsWhere(recipients, unit -> !unit.active());
    if (!closed.isEmpty()) {
      return new Addressing.Refused(Refusal.RECIPIENTS_CLOSED, closed);
    }
    return new Addressing.Allowed(issuer, recipients);
  }

  private static List<String> idsWhere(List<Unit> units, Predicate<Unit> condition) {
    return units.stream().filter(condition).map(Unit::id).toList();
  }

  private static Addressing refuse(Refusal reason, String unitId) {
    return new Addressing.Refused(reason, unitId == null ? List.of() : List.of(unitId));
  }
}
