package vn.chidao.reporting.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One submitted version of a report, kept as it was sent.
 *
 * @param id {@code obligationId~v<version>}
 */
@Document(ReportVersionDocument.COLLECTION)
public record ReportVersionDocument(
    @Id String id,
    String obligationId,
    int version,
    Map<String, String> sections,
    Map<String, BigDecimal> values,
    Instant submittedAt,
    boolean late,
    String submittedBy) {

  public static final String COLLECTION = "report_versions";

  public static String id(String obligationId, int version) {
    return obligationId + "~v" + version;
  }
}
