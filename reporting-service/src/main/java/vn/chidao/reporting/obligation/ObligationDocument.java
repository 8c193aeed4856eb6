package vn.chidao.reporting.obligation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's duty to report for one period of a directive's reporting requirement. Nothing writes
 * these yet: deriving them from directives is a later issue; the endpoint already reads them.
 *
 * @param period e.g. {@code 2025-H1}, {@code 2025}
 * @param status e.g. {@code OPEN}, {@code SUBMITTED}, {@code ACCEPTED}
 */
@Document(ObligationDocument.COLLECTION)
public record ObligationDocument(
    @Id String id,
    String tenant,
    String unitId,
    String directiveId,
    String period,
    LocalDate dueDate,
    String status) {

  public static final String COLLECTION = "obligations";
}
