package vn.chidao.reporting.tally;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.CurrentUser;

/**
 * Completeness, timeliness and roll-ups of a subtree for one requirement-period: {@code unitId}
 * defaults to the caller's unit.
 */
@RestController
@RequestMapping("/api/reports/figures")
class CompletenessController {

  private final SubtreeFigures figures;

  CompletenessController(SubtreeFigures figures) {
    this.figures = figures;
  }

  @GetMapping
  Mono<SubtreeFigures.UnitFigures> subtree(
      @RequestParam @NotBlank(message = "Thiếu mã văn bản (directiveId)") String directiveId,
      @RequestParam @NotBlank(message = "Thiếu mã yêu cầu báo cáo (requirementId)")
          String requirementId,
      @RequestParam @NotBlank(message = "Thiếu kỳ báo cáo (period)") String period,
      @RequestParam(required = false) String unitId) {
    return CurrentUser.get()
        .switchIfEmpty(Mono.error(CompletenessController::noUnit))
        .flatMap(
            user ->
                figures.of(
                    user,
                    unitId,
                    new SubtreeFigures.PeriodKey(directiveId, requirementId, period)));
  }

  /** Drill-down: the unit's children with their subtrees' completeness, paged by unit id. */
  @GetMapping("/children")
  Mono<SubtreeFigures.Children> children(
      @RequestParam @NotBlank(message = "Thiếu mã văn bản (directiveId)") String directiveId,
      @RequestParam @NotBlank(message = "Thiếu mã yêu cầu báo cáo (requirementId)")
          String requirementId,
      @RequestParam @NotBlank(message = "Thiếu kỳ báo cáo (period)") String period,
      @RequestParam(required = false) String unitId,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
          int page,
      @RequestParam(defaultValue = "50")
          @Min(value = 1, message = "Kích thước trang phải từ 1 đến 200")
          @Max(value = 200, message = "Kích thước trang phải từ 1 đến 200")
          int size) {
    return CurrentUser.get()
        .flatMap(
            user ->
                figures.children(
                    user,
                    unitId,
                    new SubtreeFigures.PeriodKey(directiveId, requirementId, period),
                    page,
                    size));
  }

  private static ProblemException noUnit() {
    return ProblemException.forbidden("no-unit", "Tài khoản của bạn chưa được gán vào đơn vị nào.");
  }
}
