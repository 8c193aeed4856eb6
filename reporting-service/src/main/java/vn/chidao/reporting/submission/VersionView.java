package vn.chidao.reporting.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One submitted version of a report as the API shows it. */
public record VersionView(
    int version,
    Map<String, String> sections,
    Map<String, BigDecimal> values,
    Instant submittedAt,
    boolean late,
    String submittedBy) {

  static VersionView of(ReportVersionDocument v) {
    return new VersionView(
        v.version(), v.sections(), v.values(), v.submittedAt(), v.late(), v.submittedBy());
  }
}
