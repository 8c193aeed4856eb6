package vn.chidao.reporting.obligation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit that must report under a requirement, registered when the directive reached it, so that
 * later periods are opened for the same units without the delivery being repeated.
 *
 * @param id {@code directiveId~requirementId~unitId}; the roll-over pages through a requirement's
 *     reporters in id order
 */
@Document(ReporterDocument.COLLECTION)
public record ReporterDocument(@Id String id, String requirementKey, String unitId, String tenant) {

  public static final String COLLECTION = "reporters";

  public static String id(String requirementKey, String unitId) {
    return requirementKey + "~" + unitId;
  }
}
