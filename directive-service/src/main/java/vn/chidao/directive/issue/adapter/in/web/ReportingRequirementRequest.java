package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.chidao.directive.issue.model.ReportingDemand;

/**
 * A report the directive demands ({@code ReportingRequirement} of the shared contract, checked here
 * field by field). {@code reportToUnitId} defaults to the issuing unit.
 */
public record ReportingRequirementRequest(
    @NotBlank(message = "Mã yêu cầu báo cáo là bắt buộc")
        @Pattern(regexp = Ids.CODE, message = "Mã yêu cầu báo cáo không hợp lệ")
        String requirementId,
    @NotBlank(message = "Tên báo cáo là bắt buộc")
        @Size(max = 300, message = "Tên báo cáo không được dài quá {max} ký tự")
        String title,
    @NotNull(message = "Kỳ báo cáo là bắt buộc")
        @Pattern(
            regexp = ReportingDemand.FREQUENCIES,
            message =
                "Kỳ báo cáo phải là một trong: MONTHLY, QUARTERLY, SIX_MONTH, NINE_MONTH, ANNUAL,"
                    + " ONE_OFF")
        String frequency,
    @Min(value = 0, message = "Ngày chốt số liệu từ 0 (cuối tháng) đến 28")
        @Max(value = 28, message = "Ngày chốt số liệu từ 0 (cuối tháng) đến 28")
        Integer cutoffDay,
    @NotNull(message = "Hạn nộp báo cáo là bắt buộc") @Valid DueRuleRequest due,
    LocalDate oneOffFrom,
    LocalDate oneOffTo,
    LocalDate until,
    @Pattern(regexp = Ids.ID, message = "Mã đơn vị nhận báo cáo không hợp lệ")
        String reportToUnitId,
    @Pattern(regexp = Ids.ID, message = "Mã đơn vị đầu mối không hợp lệ") String viaUnitId,
    @Size(max = 20, message = "Tối đa {max} loại đơn vị báo cáo")
        List<@Pattern(regexp = Ids.KIND, message = "Loại đơn vị không hợp lệ") String>
            reporterKinds,
    @Size(max = 50, message = "Tối đa {max} mục báo cáo")
        List<@Valid @NotNull ReportSectionRequest> sections,
    @Size(max = 200, message = "Tối đa {max} chỉ tiêu")
        List<@Valid @NotNull ReportIndicatorRequest> indicators) {

  @AssertTrue(
      message =
          "Báo cáo một lần (ONE_OFF) cần ngày bắt đầu và kết thúc số liệu (kết thúc không trước bắt"
              + " đầu); các kỳ khác không có")
  boolean isOneOffPeriodConsistent() {
    boolean oneOff = "ONE_OFF".equals(frequency);
    if (!oneOff) {
      return oneOffFrom == null && oneOffTo == null;
    }
    return oneOffFrom != null && oneOffTo != null && !oneOffTo.isBefore(oneOffFrom);
  }

  @AssertTrue(message = "Mã mục và mã chỉ tiêu không được trùng nhau")
  boolean isCodesDistinct() {
    return distinct(
            sections == null
                ? null
                : sections.stream().map(s -> s == null ? null : s.code()).toList())
        && distinct(
            indicators == null
                ? null
                : indicators.stream().map(i -> i == null ? null : i.code()).toList());
  }

  private static boolean distinct(List<String> codes) {
    return codes == null
        || codes.stream().filter(Objects::nonNull).distinct().count()
            == codes.stream().filter(Objects::nonNull).count();
  }

  ReportingDemand toModel(String issuerUnitId) {
    return new ReportingDemand(
        requirementId,
        title.strip(),
        frequency,
        cutoffDay,
        due.toModel(),
        oneOffFrom,
        oneOffTo,
        until,
        reportToUnitId == null ? issuerUnitId : reportToUnitId,
        viaUnitId,
        reporterKinds,
        sections == null
            ? List.of()
            : sections.stream().map(ReportSectionRequest::toModel).toList(),
        indicators == null
            ? List.of()
            : indicators.stream().map(ReportIndicatorRequest::toModel).toList());
  }

  /** When reports are due ({@code DueRule}). */
  public record DueRuleRequest(
      @NotNull(message = "Cách tính hạn nộp là bắt buộc")
          @Pattern(
              regexp = ReportingDemand.Due.KINDS,
              message = "Cách tính hạn nộp phải là FIXED_DAY, DAYS_AFTER_CUTOFF hoặc DATE")
          String kind,
      Integer day,
      Integer monthsAfterCutoff,
      Integer days,
      Boolean workingDays,
      LocalDate date) {

    @AssertTrue(
        message =
            "Hạn nộp: FIXED_DAY cần ngày 1–31 (và số tháng sau kỳ 0–12), DAYS_AFTER_CUTOFF cần số"
                + " ngày 0–366, DATE cần ngày cụ thể")
    boolean isComplete() {
      if (kind == null) {
        return true; // reported by @NotNull
      }
      return switch (kind) {
        case "FIXED_DAY" ->
            day != null
                && day >= 1
                && day <= 31
                && (monthsAfterCutoff == null
                    || (monthsAfterCutoff >= 0 && monthsAfterCutoff <= 12));
        case "DAYS_AFTER_CUTOFF" -> days != null && days >= 0 && days <= 366;
        case "DATE" -> date != null;
        default -> true; // reported by @Pattern
      };
    }

    ReportingDemand.Due toModel() {
      return new ReportingDemand.Due(kind, day, monthsAfterCutoff, days, workingDays, date);
    }
  }

  /** A numbered section of the report. */
  public record ReportSectionRequest(
      @NotBlank(message = "Mã mục là bắt buộc")
          @Pattern(regexp = Ids.CODE, message = "Mã mục không hợp lệ")
          String code,
      @NotBlank(message = "Tên mục là bắt buộc")
          @Size(max = 300, message = "Tên mục không được dài quá {max} ký tự")
          String title) {

    ReportingDemand.Section toModel() {
      return new ReportingDemand.Section(code, title.strip());
    }
  }
}
