package vn.chidao.directive.audit.adapter.in.web;

import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.application.AuditLog;
import vn.chidao.directive.audit.model.AuditEntry;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.adapter.in.web.Paging;
import vn.chidao.directive.issue.application.ViewingDirective;
import vn.chidao.platform.problem.ProblemException;

/**
 * {@code GET /api/directives/{id}/audit}: every state change of a directive, oldest first, for the
 * issuing unit and its superiors (and the centre).
 */
@RestController
class AuditController {

  /** One entry as the API shows it. */
  record AuditView(
      String action,
      String unitId,
      String actor,
      String actorUnitId,
      Instant at,
      String ip,
      String requestId,
      String detail) {

    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.action(),
          e.unitId(),
          e.actor(),
          e.actorUnitId(),
          e.at(),
          e.ip(),
          e.requestId(),
          e.detail());
    }
  }

  /** A page of the audit trail. */
  record AuditPage(List<AuditView> items, int page, int size, long total) {}

  private final ViewingDirective viewing;
  private final AuditLog log;

  AuditController(ViewingDirective viewing, AuditLog log) {
    this.viewing = viewing;
    this.log = log;
  }

  @GetMapping(path = "/api/directives/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<AuditPage> audit(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size);
    return Callers.current()
        .flatMap(
            caller ->
                viewing
                    .view(id, caller)
                    .filter(d -> d.isIssuedBy(caller) || d.isSupervisedBy(caller))
                    .switchIfEmpty(
                        Mono.error(
                            () ->
                                ProblemException.forbidden(
                                    "audit-issuer-only",
                                    "Chỉ đơn vị ban hành và cấp trên của đơn vị đó được xem nhật ký"
                                        + " văn bản."))))
        .flatMap(
            directive ->
                log.of(id, page, size)
                    .map(AuditView::of)
                    .collectList()
                    .zipWith(log.count(id))
                    .map(found -> new AuditPage(found.getT1(), page, size, found.getT2())));
  }
}
