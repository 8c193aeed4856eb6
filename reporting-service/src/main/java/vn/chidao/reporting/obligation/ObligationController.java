package vn.chidao.reporting.obligation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;

/**
 * What the caller's unit has to report. The unit and the tenant come from the token, never from the
 * request, so nobody can list another unit's or another province's obligations.
 */
@RestController
@RequestMapping("/api/reports/obligations")
class ObligationController {

  private final Obligations obligations;

  ObligationController(Obligations obligations) {
    this.obligations = obligations;
  }

  @GetMapping
  Mono<ObligationPage> ofMyUnit(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
          int page,
      @RequestParam(defaultValue = "20")
          @Min(value = 1, message = "Kích thước trang phải từ 1 đến 100")
          @Max(value = 100, message = "Kích thước trang phải từ 1 đến 100")
          int size) {
    return CurrentUser.get()
        .flatMap(
            user ->
                hasUnit(user)
                    ? obligations.ofUnit(user.province(), user.unitId(), page, size)
                    : Mono.error(
                        ProblemException.forbidden(
                            "no-unit",
                            "Tài khoản của bạn chưa được gán vào đơn vị nào nên không có nghĩa vụ"
                                + " báo cáo.")));
  }

  private static boolean hasUnit(ChidaoUser user) {
    return user.unitId() != null && user.province() != null;
  }
}
