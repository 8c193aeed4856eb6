package vn.chidao.contracts.org;

import java.time.Instant;

/**
 * A unit of the organisation tree was created, changed or closed. Consumers keep a read copy keyed
 * by {@code unitId}; the latest {@code occurredAt} wins.
 *
 * @param tenant province code the unit belongs to ({@code trung-uong} for the centre)
 * @param path materialized path of ids from the root, e.g. {@code /tw/dong-nai/dn-tranbien/}
 * @param kind e.g. {@code PROVINCIAL_COMMITTEE}, {@code COMMUNE_COMMITTEE}, {@code PARTY_CELL}
 * @param issuerAbbr abbreviation used in document symbols (TU, ĐU, ĐUK, CB...)
 * @param status {@code ACTIVE} or {@code CLOSED}
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
    String status) {}
