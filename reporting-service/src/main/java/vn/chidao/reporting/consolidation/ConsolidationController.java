package vn.chidao.reporting.consolidation;

import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.platform.security.CurrentUser;
import vn.chidao.reporting.tally.SubtreeFigures;

/** An upper unit's consolidated report: preview, and saved as its own draft. */
@RestController
@RequestMapping("/api/reports/consolidation")
class ConsolidationController {

  private final Consolidating consolidating;

  ConsolidationController(Consolidating consolidating) {
    this.consolidating = consolidating;
  }

  @GetMapping
  Mono<ConsolidatedDraft> preview(
      @RequestParam @NotBlank(message = "Thiếu mã văn bản (directiveId)") String directiveId,
      @RequestParam @NotBlank(message = "Thiếu mã yêu cầu báo cáo (requirementId)")
          String requirementId,
      @RequestParam @NotBlank(message = "Thiếu kỳ báo cáo (period)") String period,
      @RequestParam(required = false) String unitId) {
    return CurrentUser.get()
        .flatMap(
            user ->
                consolidating.draft(
                    user,
                    unitId,
                    new SubtreeFigures.PeriodKey(directiveId, requirementId, period)));
  }

  /** Saves the consolidation into the caller's unit's own report draft; answers its id. */
  @PostMapping("/draft")
  Mono<java.util.Map<String, String>> saveAsDraft(
      @RequestParam @NotBlank(message = "Thiếu mã văn bản (directiveId)") String directiveId,
      @RequestParam @NotBlank(message = "Thiếu mã yêu cầu báo cáo (requirementId)")
          String requirementId,
      @RequestParam @NotBlank(message = "Thiếu kỳ báo cáo (period)") String period) {
    return CurrentUser.get()
        .flatMap(
            user ->
                consolidating.saveAsDraft(
                    user, new SubtreeFigures.PeriodKey(directiveId, requirementId, period)))
        .map(o -> java.util.Map.of("obligationId", o.id(), "state", o.state()));
  }
}
