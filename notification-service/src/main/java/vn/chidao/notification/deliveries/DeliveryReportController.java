package vn.chidao.notification.deliveries;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;

/**
 * The issuer's view of a directive's alerts: how many people were reached, on which channel, and
 * who was not. Only users of the issuing unit and the centre ({@code central-admin}) see it; anyone
 * else gets the same 404 as for a directive this service never alerted about.
 */
@RestController
class DeliveryReportController {

  private final DirectiveIssuers issuers;
  private final DeliveryReports reports;

  DeliveryReportController(DirectiveIssuers issuers, DeliveryReports reports) {
    this.issuers = issuers;
    this.reports = reports;
  }

  @GetMapping("/api/notifications/directives/{directiveId}/deliveries")
  Mono<DeliveryReport> report(
      @PathVariable String directiveId, @Valid @ModelAttribute DeliveryReportQuery query) {
    return CurrentUser.get()
        .flatMap(
            user ->
                issuers
                    .of(directiveId)
                    .filter(issuer -> mayRead(user, issuer))
                    .switchIfEmpty(Mono.error(notFound())))
        .flatMap(issuer -> reports.report(issuer, query.kind(), query.page(), query.size()));
  }

  static boolean mayRead(ChidaoUser user, DirectiveIssuers.Issuer issuer) {
    return user.isCentral()
        || (user.unitId() != null && user.unitId().equals(issuer.issuerUnitId()));
  }

  private static ProblemException notFound() {
    return ProblemException.notFound(
        "directive-deliveries-not-found",
        "Không tìm thấy nhật ký gửi thông báo của văn bản này, hoặc đơn vị của bạn không phải"
            + " đơn vị ban hành.");
  }
}
