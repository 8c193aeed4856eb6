package vn.chidao.reporting.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One submitted version of a report, kept as it was sent.
 *
 * @param id {@code obligationId~v<version>}
 * @param attachmentIds the files attached when it was submitted (kept while a version names them)
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
    String submittedBy,
    List<String> attachmentIds) {

  public static final String COLLECTION = "report_versions";

  public static String id(String obligationId, int version) {
    return obligationId + "~v" + version;
  }
}
