package vn.chidao.identity.org.adapter.out.mongo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.identity.org.model.NameFolding;
import vn.chidao.identity.org.model.UnitVersion;

/**
 * A unit version in {@code unit_versions}. Dates are ISO strings ({@code 2025-07-01}), which sort
 * and compare like the dates. {@code openedBy}/{@code closedBy} name the change sets that started
 * and ended the version; readers ignore both while that change set is pending.
 */
@Document(VersionDocument.COLLECTION)
record VersionDocument(
    @Id String id,
    String unitId,
    int seq,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String searchKey,
    String issuerAbbr,
    String validFrom,
    String validTo,
    List<String> successorIds,
    String openedBy,
    String closedBy) {

  static final String COLLECTION = "unit_versions";

  /**
   * @param closedBy the change set that ended the version, null while it is current
   */
  static VersionDocument of(UnitVersion version, String closedBy) {
    return new VersionDocument(
        version.key(),
        version.unitId(),
        version.seq(),
        version.tenant(),
        version.parentId(),
        version.path(),
        version.kind(),
        version.name(),
        NameFolding.fold(version.name()),
        version.issuerAbbr(),
        version.validFrom().toString(),
        version.validTo() == null ? null : version.validTo().toString(),
        version.successorIds(),
        version.changeSetId(),
        closedBy);
  }

  /** The version as readers may see it: an end written by a pending change set is not there. */
  UnitVersion toModel(Set<String> pending) {
    boolean ended = closedBy != null && !pending.contains(closedBy);
    return new UnitVersion(
        unitId,
        seq,
        tenant,
        parentId,
        path,
        kind,
        name,
        issuerAbbr,
        LocalDate.parse(validFrom),
        ended && validTo != null ? LocalDate.parse(validTo) : null,
        ended ? successorIds : List.of(),
        openedBy);
  }
}
