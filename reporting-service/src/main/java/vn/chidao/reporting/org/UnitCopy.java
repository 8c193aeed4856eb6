package vn.chidao.reporting.org;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Reporting's read copy of one unit of the org tree, as of the newest {@code OrgUnitChanged} seen.
 * Later issues resolve subtrees (completeness per subtree) from {@code path}.
 */
@Document(UnitCopy.COLLECTION)
public record UnitCopy(
    @Id String unitId,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    String status,
    Instant occurredAt,
    String eventId) {

  public static final String COLLECTION = "units";
}
