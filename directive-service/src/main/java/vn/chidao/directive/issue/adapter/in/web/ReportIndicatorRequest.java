package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.chidao.directive.issue.model.ReportingDemand.Indicator;

/** A figure the report carries ({@code ReportIndicator}), with an optional target. */
public record ReportIndicatorRequest(
    @NotBlank(message = "Mã chỉ tiêu là bắt buộc")
        @Pattern(regexp = Ids.CODE, message = "Mã chỉ tiêu không hợp lệ")
        String code,
    @NotBlank(message = "Tên chỉ tiêu là bắt buộc")
        @Size(max = 300, message = "Tên chỉ tiêu không được dài quá {max} ký tự")
        String name,
    @Size(max = 50, message = "Đơn vị tính không được dài quá {max} ký tự") String unitOfMeasure,
    @NotNull(message = "Kiểu chỉ tiêu là bắt buộc")
        @Pattern(
            regexp = Indicator.TYPES,
            message = "Kiểu chỉ tiêu phải là một trong: COUNT, MONEY, PERCENT, YES_NO")
        String type,
    @NotNull(message = "Cách tổng hợp là bắt buộc")
        @Pattern(
            regexp = Indicator.AGGREGATIONS,
            message = "Cách tổng hợp phải là một trong: SUM, AVERAGE, SHARE_MEETING_TARGET")
        String aggregation,
    @Pattern(
            regexp = Indicator.OPERATORS,
            message = "Phép so sánh chỉ tiêu phải là GTE, LTE hoặc EQ")
        String targetOperator,
    BigDecimal targetValue) {

  @AssertTrue(message = "Mục tiêu cần cả phép so sánh và giá trị (phần trăm trong khoảng 0–100)")
  boolean isTargetComplete() {
    if ((targetOperator == null) != (targetValue == null)) {
      return false;
    }
    return !"PERCENT".equals(type)
        || targetValue == null
        || (targetValue.signum() >= 0 && targetValue.compareTo(BigDecimal.valueOf(100)) <= 0);
  }

  Indicator toModel() {
    return new Indicator(
        code, name.strip(), unitOfMeasure, type, aggregation, targetOperator, targetValue);
  }
}
