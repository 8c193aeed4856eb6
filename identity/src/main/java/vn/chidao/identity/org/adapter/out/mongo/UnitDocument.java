package vn.chidao.identity.org.adapter.out.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitStatus;
import vn.chidao.identity.org.model.Versioned;

/** A unit as stored in the {@code units} collection; {@code version} counts its changes. */
@Document(UnitDocument.COLLECTION)
record UnitDocument(
    @Id String id,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    String status,
    long version,
    Instant changedAt,
    List<String> successorIds) {

  static final String COLLECTION = "units";

  static UnitDocument of(OrgUnit unit, long version, Instant changedAt) {
    return new UnitDocument(
        unit.id(),
        unit.tenant(),
        unit.parentId(),
        unit.path(),
        unit.kind(),
        unit.name(),
        unit.issuerAbbr(),
        unit.status().name(),
        version,
        changedAt,
        unit.successorIds().isEmpty() ? null : unit.successorIds());
  }

  OrgUnit toModel() {
    return new OrgUnit(
        id,
        tenant,
        parentId,
        path,
        kind,
        name,
        issuerAbbr,
        UnitStatus.valueOf(status),
        successorIds);
  }

  Versioned<OrgUnit> toVersioned() {
    return new Versioned<>(toModel(), version, changedAt);
  }
}
