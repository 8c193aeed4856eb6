package vn.chidao.identity.org.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One period of a unit's life during which nothing about it changed: its place in the tree (parent,
 * path, tenant), kind and name. A rename or move ends the period and starts the next one; a close,
 * merge or split ends the last one. "The tree as of D" is every version whose period contains D.
 *
 * @param seq 1, 2, 3... per unit; with the unit id it names the version, which makes writing it
 *     idempotent
 * @param validFrom first day the version holds
 * @param validTo first day it no longer holds (exclusive), null while it is the current one
 * @param successorIds where a closed unit went (merge, split); empty otherwise
 * @param changeSetId the change set that opened this version
 */
public record UnitVersion(
    String unitId,
    int seq,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> successorIds,
    String changeSetId) {

  public UnitVersion {
    Objects.requireNonNull(validFrom, "validFrom");
    successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "version " + unitId + "@" + seq + " ends before it starts");
    }
    // OrgUnit checks the id, texts and the path's shape.
    new OrgUnit(unitId, tenant, parentId, path, kind, name, issuerAbbr, UnitStatus.ACTIVE);
  }

  public String key() {
    return unitId + "@" + seq;
  }

  public boolean isOpen() {
    return validTo == null;
  }

  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
  }

  /** The unit as this version describes it; a closed last version shows the unit as closed. */
  public OrgUnit toUnit() {
    return toUnit(isOpen() ? UnitStatus.ACTIVE : UnitStatus.CLOSED);
  }

  /** The unit on a day this version holds: active then, whatever happened later. */
  public OrgUnit toUnitActive() {
    return toUnit(UnitStatus.ACTIVE);
  }

  private OrgUnit toUnit(UnitStatus status) {
    return new OrgUnit(
        unitId,
        tenant,
        parentId,
        path,
        kind,
        name,
        issuerAbbr,
        status,
        status == UnitStatus.CLOSED ? successorIds : List.of());
  }

  UnitVersion closedOn(LocalDate day, List<String> successors) {
    return new UnitVersion(
        unitId,
        seq,
        tenant,
        parentId,
        path,
        kind,
        name,
        issuerAbbr,
        validFrom,
        day,
        successors,
        changeSetId);
  }

  UnitVersion next(
      String tenant,
      String parentId,
      String path,
      String name,
      String issuerAbbr,
      LocalDate day,
      String changeSetId) {
    return new UnitVersion(
        unitId,
        seq + 1,
        tenant,
        parentId,
        path,
        kind,
        name,
        issuerAbbr,
        day,
        null,
        List.of(),
        changeSetId);
  }
}
