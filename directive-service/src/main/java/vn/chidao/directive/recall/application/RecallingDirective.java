package vn.chidao.directive.recall.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.application.AuditTrail;
import vn.chidao.directive.delivery.application.AnnouncingWithdrawal;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.application.ViewingDirective;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveStatus;
import vn.chidao.directive.issue.model.Withdrawal;
import vn.chidao.directive.lineage.application.TracingLineage;
import vn.chidao.platform.problem.ProblemException;

/**
 * The issuing unit recalls (thu hồi) a directive: it is frozen at once (one compare-and-set on its
 * status: no more acknowledging, forwarding or implementing), every document descending from it is
 * flagged, and every unit it reached is told, in the batches it was reached in ({@code
 * DirectiveRecalled}), once its delivery has stopped.
 */
@Service
public class RecallingDirective {

  private final ViewingDirective viewing;
  private final DirectiveStore directives;
  private final TracingLineage lineage;
  private final AnnouncingWithdrawal announcing;
  private final AuditTrail audit;
  private final Clock clock;

  public RecallingDirective(
      ViewingDirective viewing,
      DirectiveStore directives,
      TracingLineage lineage,
      AnnouncingWithdrawal announcing,
      AuditTrail audit,
      Clock clock) {
    this.viewing = viewing;
    this.directives = directives;
    this.lineage = lineage;
    this.announcing = announcing;
    this.audit = audit;
    this.clock = clock;
  }

  public Mono<Directive> recall(String id, String reason, Caller caller) {
    return viewing
        .view(id, caller)
        .flatMap(
            directive -> {
              if (!directive.isIssuedBy(caller)) {
                return Mono.error(
                    ProblemException.forbidden(
                        "recall-issuer-only", "Chỉ đơn vị ban hành mới được thu hồi văn bản."));
              }
              Withdrawal recalled =
                  new Withdrawal(
                      DirectiveStatus.RECALLED,
                      reason.strip(),
                      clock.instant().truncatedTo(ChronoUnit.MILLIS),
                      caller.username(),
                      null,
                      null);
              return directives
                  .withdraw(id, recalled)
                  .flatMap(
                      ended ->
                          ended
                              ? afterRecall(directive.withdrawn(recalled), caller)
                              : Mono.error(
                                  ProblemException.conflict(
                                      "directive-withdrawn",
                                      "Văn bản đã bị thu hồi hoặc thay thế trước đó.")));
            });
  }

  private Mono<Directive> afterRecall(Directive recalled, Caller caller) {
    return audit
        .record(recalled.id(), "RECALLED", null, caller, recalled.withdrawal().reason())
        .then(lineage.descendantIds(recalled.id()))
        .flatMap(ids -> directives.flagUpstreamRecalled(ids, recalled.id()))
        .then(Mono.fromRunnable(() -> announcing.start(recalled.id())))
        .thenReturn(recalled);
  }
}
