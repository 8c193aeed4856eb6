package vn.chidao.directive.receipt.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.application.AuditTrail;
import vn.chidao.directive.delivery.application.DeliverySettings;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.receipt.model.Receipt;
import vn.chidao.directive.receipt.model.ReceiptStep;
import vn.chidao.platform.problem.ProblemException;

/**
 * Moves a receiving unit's receipt forward. Each step is a compare-and-set on the unit's row, so it
 * is recorded once with the first user who did it; only that winner moves the running totals of the
 * row's counter nodes and writes the audit entry. Without transactions, the row carries a "not yet
 * counted" mark from the compare-and-set until the totals have the step, and a forward or an
 * implementing document is noted on the row before it is stored; {@link RepairingReceipts} finishes
 * whatever a crash left between those writes.
 */
@Service
public class TrackingReceipts {

  private final ReceiptStore receipts;
  private final DeliverySettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  public TrackingReceipts(
      ReceiptStore receipts, DeliverySettings settings, AuditTrail audit, Clock clock) {
    this.receipts = receipts;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** The caller's unit's receipt of the directive, if the directive reached it. */
  public Mono<Receipt> ofCaller(String directiveId, Caller caller) {
    if (caller.unitId() == null || caller.province() == null) {
      return Mono.empty();
    }
    return receipts
        .find(directiveId, caller.unitId())
        .filter(receipt -> receipt.tenant().equals(caller.province()) || caller.central());
  }

  /** Opening a delivered directive marks it read for the caller's unit (the first time). */
  public Mono<Void> opened(Directive directive, Caller caller) {
    return ofCaller(directive.id(), caller)
        .flatMap(receipt -> record(directive, receipt, ReceiptStep.READ, caller, null))
        .then();
  }

  /** The caller's unit acknowledges it (đã nhận, sẽ thực hiện); only while it is in force. */
  public Mono<Receipt> acknowledge(Directive directive, Caller caller) {
    return ofCaller(directive.id(), caller)
        .switchIfEmpty(Mono.error(TrackingReceipts::notARecipient))
        .flatMap(
            receipt -> {
              if (!directive.status().inForce()) {
                return Mono.error(withdrawn(directive));
              }
              return record(directive, receipt, ReceiptStep.ACKNOWLEDGED, caller, null)
                  .then(receipts.find(directive.id(), receipt.unitId()));
            });
  }

  /**
   * The caller's unit is about to store {@code followUpId}, which will forward or implement {@code
   * parentId}: noted on its receipt first. Units that did not receive the parent note nothing.
   */
  public Mono<Void> intendFollowUp(
      String parentId, Caller caller, ReceiptStep step, String followUpId) {
    return ofCaller(parentId, caller)
        .flatMap(
            receipt ->
                receipts.intendFollowUp(
                    parentId, receipt.unitId(), step, followUpId, caller.username()))
        .then();
  }

  /**
   * The caller's unit issued {@code followUpId}, which forwards or implements {@code parent}: its
   * receipt of the parent records that, and the note goes. Units that did not receive the parent
   * record nothing.
   */
  public Mono<Void> followedUp(
      Directive parent, Caller caller, ReceiptStep step, String followUpId) {
    return ofCaller(parent.id(), caller)
        .flatMap(
            receipt ->
                record(parent, receipt, step, caller, followUpId)
                    .then(receipts.clearFollowUp(parent.id(), receipt.unitId(), followUpId)))
        .then();
  }

  Mono<Void> record(
      Directive directive, Receipt receipt, ReceiptStep target, Caller caller, String as) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<String> nodes =
        ReceiptNodes.of(directive.issuerPath(), receipt.path(), settings.counterLevels());
    return Flux.fromIterable(target.withPrerequisites())
        .concatMap(
            step ->
                receipts
                    .advance(
                        directive.id(),
                        receipt.unitId(),
                        step,
                        now,
                        caller.username(),
                        step == target ? as : null)
                    .filter(won -> won)
                    .flatMap(
                        won ->
                            receipts
                                .count(directive.id(), nodes, step)
                                .then(receipts.settle(directive.id(), receipt.unitId(), step))
                                .then(
                                    audit.record(
                                        directive.id(),
                                        step.name(),
                                        receipt.unitId(),
                                        caller,
                                        step == target ? as : null))))
        .then();
  }

  static ProblemException notARecipient() {
    return ProblemException.conflict(
        "not-a-recipient", "Văn bản này không được gửi tới đơn vị của bạn.");
  }

  static ProblemException withdrawn(Directive directive) {
    return ProblemException.conflict(
        "directive-withdrawn",
        "Văn bản "
            + (directive.symbol() == null ? "" : directive.symbol() + " ")
            + "đã bị thu hồi hoặc thay thế; không thể xác nhận hay triển khai.");
  }
}
