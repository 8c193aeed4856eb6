package vn.chidao.identity.org.adapter.in.web;

import java.time.LocalDate;
import vn.chidao.identity.org.model.ChangeSet;

/**
 * What a write did: the change set's id, operation, effective date and how many units it touched.
 */
record ChangeSetView(String id, String operation, LocalDate effective, int affectedUnits) {

  static ChangeSetView of(ChangeSet changeSet) {
    return new ChangeSetView(
        changeSet.id(),
        changeSet.operation().name(),
        changeSet.effective(),
        changeSet.affectedUnitIds().size());
  }
}
