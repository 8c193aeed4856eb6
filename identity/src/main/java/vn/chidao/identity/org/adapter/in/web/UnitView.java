package vn.chidao.identity.org.adapter.in.web;

import vn.chidao.identity.org.model.OrgUnit;

/** A unit as the API shows it. */
record UnitView(
    String id,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    String status) {

  static UnitView of(OrgUnit unit) {
    return new UnitView(
        unit.id(),
        unit.tenant(),
        unit.parentId(),
        unit.path(),
        unit.kind(),
        unit.name(),
        unit.issuerAbbr(),
        unit.status().name());
  }
}
