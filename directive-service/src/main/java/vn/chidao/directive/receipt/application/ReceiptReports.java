package vn.chidao.directive.receipt.application;

import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.org.UnitReadCopy;
import vn.chidao.directive.receipt.model.Receipt;
import vn.chidao.directive.receipt.model.ReceiptCounts;
import vn.chidao.directive.receipt.model.ReceiptStep;
import vn.chidao.platform.problem.ProblemException;

/**
 * What the issuer sees of a directive's receipt: counts per step for the whole audience and per
 * subtree, and the units that have not yet read or acknowledged it. Only the issuing unit, the
 * units above it in its province, and the centre may look.
 */
@Service
public class ReceiptReports {

  private final ReceiptStore receipts;
  private final UnitReadCopy units;

  public ReceiptReports(ReceiptStore receipts, UnitReadCopy units) {
    this.receipts = receipts;
    this.units = units;
  }

  /** Counts for a node and its children; {@code under} null means the whole audience. */
  public record Progress(ReceiptCounts total, ReceiptCounts node, List<ReceiptCounts> children) {}

  /** A page of units that have not reached a step. */
  public record PendingPage(List<Receipt> items, int page, int size, long total) {}

  public Mono<Progress> progress(Directive directive, Caller caller, String under) {
    return requireOverseer(directive, caller)
        .then(receipts.counter(directive.id(), ReceiptNodes.TOTAL))
        .flatMap(
            total -> {
              if (under == null) {
                String top = topNode(directive);
                return receipts
                    .childCounters(directive.id(), top)
                    .collectList()
                    .zipWith(receipts.counter(directive.id(), top).defaultIfEmpty(total))
                    .map(found -> new Progress(total, found.getT2(), found.getT1()));
              }
              return receipts
                  .counter(directive.id(), under)
                  .flatMap(
                      node ->
                          receipts
                              .childCounters(directive.id(), under)
                              .collectList()
                              .map(children -> new Progress(total, node, children)))
                  .switchIfEmpty(
                      Mono.defer(
                          () ->
                              pathOf(under)
                                  .flatMap(path -> receipts.countRows(directive.id(), under, path))
                                  .map(node -> new Progress(total, node, List.of()))));
            });
  }

  public Mono<PendingPage> pending(
      Directive directive, Caller caller, ReceiptStep step, String under, int page, int size) {
    Mono<String> path = under == null ? Mono.just("/") : pathOf(under);
    return requireOverseer(directive, caller)
        .then(path)
        .flatMap(
            prefix ->
                receipts
                    .pending(directive.id(), step, prefix, page, size)
                    .collectList()
                    .zipWith(receipts.countPending(directive.id(), step, prefix))
                    .map(found -> new PendingPage(found.getT1(), page, size, found.getT2())));
  }

  private Mono<String> pathOf(String unitId) {
    return units
        .findById(unitId)
        .map(unit -> unit.path())
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.notFound(
                        "unit-not-found", "Không tìm thấy đơn vị " + unitId + ".")));
  }

  private static String topNode(Directive directive) {
    String path = directive.issuerPath();
    if (path == null) {
      return ReceiptNodes.TOTAL;
    }
    String[] parts = path.split("/");
    return parts[parts.length - 1];
  }

  static Mono<Void> requireOverseer(Directive directive, Caller caller) {
    if (directive.isIssuedBy(caller) || directive.isSupervisedBy(caller)) {
      return Mono.empty();
    }
    return Mono.error(
        ProblemException.forbidden(
            "receipts-issuer-only",
            "Chỉ đơn vị ban hành văn bản và cấp trên của đơn vị đó được xem tình hình nhận văn"
                + " bản."));
  }
}
