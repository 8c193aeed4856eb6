package vn.chidao.directive.receipt.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.application.DeliverySettings;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.receipt.model.Receipt;

/**
 * Finishes what a crash left between two writes of a receipt, idempotently (run at start-up):
 *
 * <ul>
 *   <li>a row marked "not yet counted" (the step recorded, the totals perhaps not): the directive's
 *       totals are counted again from its rows — which are the truth — and set, and the marks go;
 *   <li>a follow-up noted on a row (a forward or implementing document about to be stored): if that
 *       document exists, the receipt step is recorded (a compare-and-set: done once); the note
 *       goes.
 * </ul>
 *
 * A recount set while users of that directive's units record steps may miss a step recorded during
 * the recount; it runs at start-up, before traffic reaches a new instance, to keep that window
 * small.
 */
@Service
public class RepairingReceipts {

  private static final int PER_RUN = 1_000;

  private final ReceiptStore receipts;
  private final DirectiveStore directives;
  private final TrackingReceipts tracking;
  private final DeliverySettings settings;

  public RepairingReceipts(
      ReceiptStore receipts,
      DirectiveStore directives,
      TrackingReceipts tracking,
      DeliverySettings settings) {
    this.receipts = receipts;
    this.directives = directives;
    this.tracking = tracking;
    this.settings = settings;
  }

  /** What a run repaired. */
  public record Repaired(long recountedDirectives, long followUps) {}

  public Mono<Repaired> run() {
    return finishFollowUps()
        .zipWhen(followUps -> recountMarked())
        .map(done -> new Repaired(done.getT2(), done.getT1()));
  }

  private Mono<Long> recountMarked() {
    return receipts
        .directivesWithUncounted(PER_RUN)
        .concatMap(id -> directives.findById(id).flatMap(this::recount).thenReturn(id))
        .count();
  }

  /** The directive's totals counted from its rows. */
  Mono<Void> recount(Directive directive) {
    Map<String, long[]> counts = new HashMap<>();
    return receipts
        .all(directive.id())
        .doOnNext(row -> add(counts, directive.issuerPath(), row))
        .then(Mono.defer(() -> receipts.overwriteCounts(directive.id(), counts)));
  }

  private void add(Map<String, long[]> counts, String issuerPath, Receipt row) {
    List<String> nodes = ReceiptNodes.of(issuerPath, row.path(), settings.counterLevels());
    for (String node : nodes) {
      long[] c = counts.computeIfAbsent(node, n -> new long[4]);
      c[0] += row.readAt() == null ? 0 : 1;
      c[1] += row.acknowledgedAt() == null ? 0 : 1;
      c[2] += row.forwardedAt() == null ? 0 : 1;
      c[3] += row.implementedAt() == null ? 0 : 1;
    }
  }

  private Mono<Long> finishFollowUps() {
    return receipts
        .followUpIntents(PER_RUN)
        .concatMap(
            intent ->
                directives
                    .findById(intent.as())
                    .flatMap(
                        followUp ->
                            directives
                                .findById(intent.directiveId())
                                .flatMap(
                                    parent ->
                                        receipts
                                            .find(parent.id(), intent.unitId())
                                            .flatMap(
                                                receipt ->
                                                    tracking.record(
                                                        parent,
                                                        receipt,
                                                        intent.step(),
                                                        asIssuer(followUp, intent.by()),
                                                        followUp.id()))))
                    .then(
                        receipts.clearFollowUp(intent.directiveId(), intent.unitId(), intent.as()))
                    .thenReturn(intent))
        .count();
  }

  /** The follow-up's issuer, who recorded the step (for the receipt and the audit trail). */
  private static Caller asIssuer(Directive followUp, String username) {
    return new Caller(
        username, followUp.issuerUnitId(), followUp.issuerPath(), followUp.tenant(), false);
  }
}
