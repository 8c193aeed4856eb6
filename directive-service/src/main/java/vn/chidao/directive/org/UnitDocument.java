package vn.chidao.directive.org;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's read copy of one unit of the organisation tree, kept from {@code OrgUnitChanged}.
 *
 * @param updatedAt {@code occurredAt} of the event the copy was last taken from
 */
@Document(UnitDocument.COLLECTION)
public record UnitDocument(
    @Id String id,
    String tenant,
    String parentId,
    String path,
    String kind,
    String name,
    String issuerAbbr,
    String status,
    Instant updatedAt) {

  public static final String COLLECTION = "units";
  public static final String ACTIVE = "ACTIVE";

  public boolean isActive() {
    return ACTIVE.equals(status);
  }
}
