package vn.chidao.contracts.org;

import java.time.Instant;
import java.util.List;

/**
 * A unit of the organisation tree was created, changed or closed. Consumers keep a read copy keyed
 * by {@code unitId}; the latest {@code occurredAt} wins.
 *
 * @param tenant province code the unit belongs to ({@code trung-uong} for the centre)
 * @param path materialized path of ids from the root, e.g. {@code /tw/dong-nai/dn-tranbien/}
 * @param kind e.g. {@code PROVINCIAL_COMMITTEE}, {@code COMMUNE_COMMITTEE}, {@code PARTY_CELL}
 * @param issuerAbbr abbreviation used in document symbols (TU, ĐU, ĐUK, CB...)
 * @param status {@code ACTIVE} or {@code CLOSED}
 * @param successorIds for a {@code CLOSED} unit, the units it went into (merge: one; split:
 *     several); empty when it was dissolved or is active. Consumers pass what it owed on to them (a
 *     merged cell's running reports become its successor's). Absent in events of older producers:
 *     empty.
 */
public record OrgUnitChanged(
    String eventId,
    Instant occurredAt,
    String tenant,
    String unitId,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    String status,
    List<String> successorIds) {

  public OrgUnitChanged {
    successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
  }

  /** A unit change with no successors (created, changed, dissolved). */
  public OrgUnitChanged(
      String eventId,
      Instant occurredAt,
      String tenant,
      String unitId,
      String parentId,
      String path,
      String kind,
      String name,
      String issuerAbbr,
      String status) {
    this(
        eventId,
        occurredAt,
        tenant,
        unitId,
        parentId,
        path,
        kind,
        name,
        issuerAbbr,
        status,
        List.of());
  }
}
