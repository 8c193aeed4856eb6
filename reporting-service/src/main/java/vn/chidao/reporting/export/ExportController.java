package vn.chidao.reporting.export;

import jakarta.validation.constraints.NotBlank;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.attachments.ContentDispositions;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;
import vn.chidao.reporting.tally.SubtreeFigures;

/**
 * Downloads of the figures (CSV, XLSX) and of the consolidated report (DOCX), with the same query
 * and the same access rules as {@code GET /api/reports/figures} and {@code GET
 * /api/reports/consolidation}. Files are built in memory (a few hundred rows) on the bounded
 * elastic scheduler, since POI blocks while it zips.
 */
@RestController
@RequestMapping("/api/reports")
class ExportController {

  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  /** Period keys as obligations have them: 2026-M07, 2026-Q3, 2026-H1, 2026-9M, 2026-Y, ONCE. */
  static final Pattern PERIOD = Pattern.compile("\\d{4}-(M(0[1-9]|1[0-2])|Q[1-4]|H1|9M|Y)|ONCE");

  private final ExportingReports exporting;

  ExportController(ExportingReports exporting) {
    this.exporting = exporting;
  }

  @GetMapping("/figures.csv")
  Mono<ResponseEntity<byte[]>> figuresCsv(
      @RequestParam @NotBlank(message = "Thiếu mã văn bản (directiveId)") String directiveId,
      @RequestParam @NotBlank(message = "Thiếu mã yêu cầu báo cáo (requirementId)")
          String requirementId,
      @RequestParam @NotBlank(message = "Thiếu kỳ báo cáo (period)") String period,
      @RequestParam(required = false) String unitId) {
    return figures(directiveId, requirementId, period, unitId, FiguresCsv::of, CSV, "csv");
  }

  @GetMapping("/figures.xlsx")
  Mono<ResponseEntity<byte[]>> figuresXlsx(
      @RequestParam @NotBlank(message = "Thiếu mã văn bản (directiveId)") String directiveId,
      @RequestParam @NotBlank(message = "Thiếu mã yêu cầu báo cáo (requirementId)")
          String requirementId,
      @RequestParam @NotBlank(message = "Thiếu kỳ báo cáo (period)") String period,
      @RequestParam(required = false) String unitId) {
    return figures(directiveId, requirementId, period, unitId, FiguresWorkbook::of, XLSX, "xlsx");
  }

  @GetMapping("/consolidation.docx")
  Mono<ResponseEntity<byte[]>> consolidationDocx(
      @RequestParam @NotBlank(message = "Thiếu mã văn bản (directiveId)") String directiveId,
      @RequestParam @NotBlank(message = "Thiếu mã yêu cầu báo cáo (requirementId)")
          String requirementId,
      @RequestParam @NotBlank(message = "Thiếu kỳ báo cáo (period)") String period,
      @RequestParam(required = false) String unitId) {
    SubtreeFigures.PeriodKey key = key(directiveId, requirementId, period);
    return caller()
        .flatMap(user -> exporting.consolidation(user, unitId, key))
        .flatMap(
            report ->
                Mono.fromCallable(() -> ReportDocx.of(report))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(bytes -> file(bytes, DOCX, "Báo cáo " + report.subject(), "docx")));
  }

  private Mono<ResponseEntity<byte[]>> figures(
      String directiveId,
      String requirementId,
      String period,
      String unitId,
      Function<FiguresExport, byte[]> format,
      MediaType type,
      String extension) {
    SubtreeFigures.PeriodKey key = key(directiveId, requirementId, period);
    return caller()
        .flatMap(user -> exporting.figures(user, unitId, key))
        .flatMap(
            export ->
                Mono.fromCallable(() -> format.apply(export))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(
                        bytes ->
                            file(
                                bytes,
                                type,
                                "Tiến độ "
                                    + export.title()
                                    + " - "
                                    + export.periodLabel()
                                    + " - "
                                    + export.subtree().unitName(),
                                extension)));
  }

  private static SubtreeFigures.PeriodKey key(
      String directiveId, String requirementId, String period) {
    if (!PERIOD.matcher(period.strip()).matches()) {
      throw ProblemException.badRequest(
          "invalid-period",
          "Kỳ báo cáo \""
              + period
              + "\" không hợp lệ; dùng dạng 2026-Y, 2026-H1, 2026-9M, 2026-Q3, 2026-M07 hoặc"
              + " ONCE.");
    }
    return new SubtreeFigures.PeriodKey(directiveId.strip(), requirementId.strip(), period.strip());
  }

  private static Mono<ChidaoUser> caller() {
    return CurrentUser.get()
        .filter(user -> user.unitId() != null)
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.forbidden(
                        "no-unit", "Tài khoản của bạn chưa được gán vào đơn vị nào.")));
  }

  /** File names stay well under the 255 bytes file systems allow, whatever the title's length. */
  static final int MAX_NAME = 120;

  private static ResponseEntity<byte[]> file(
      byte[] bytes, MediaType type, String name, String extension) {
    String base = ContentDispositions.safe(name);
    if (base.length() > MAX_NAME) {
      int keep = Character.isHighSurrogate(base.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
      base = base.substring(0, keep).strip();
    }
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(bytes.length)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(base + "." + extension))
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(bytes);
  }
}
