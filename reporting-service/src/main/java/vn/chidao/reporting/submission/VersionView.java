package vn.chidao.reporting.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One submitted version of a report as the API shows it.
 *
 * @param attachmentIds the files it was submitted with (downloadable while any version names them)
 */
public record VersionView(
    int version,
    Map<String, String> sections,
    Map<String, BigDecimal> values,
    Instant submittedAt,
    boolean late,
    String submittedBy,
    List<String> attachmentIds) {

  static VersionView of(ReportVersionDocument v) {
    return new VersionView(
        v.version(),
        v.sections(),
        v.values(),
        v.submittedAt(),
        v.late(),
        v.submittedBy(),
        v.attachmentIds() == null ? List.of() : v.attachmentIds());
  }
}
