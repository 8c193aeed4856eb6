package vn.chidao.identity.org.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import vn.chidao.identity.org.model.UnitVersion;

/** One period of a unit's history; {@code validTo} is exclusive and null while current. */
record UnitVersionView(
    String id,
    int seq,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> successorIds) {

  static UnitVersionView of(UnitVersion version) {
    return new UnitVersionView(
        version.unitId(),
        version.seq(),
        version.tenant(),
        version.parentId(),
        version.path(),
        version.kind(),
        version.name(),
        version.issuerAbbr(),
        version.validFrom(),
        version.validTo(),
        version.successorIds());
  }
}
