package vn.chidao.directive.delivery.application;

import java.time.Instant;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.directive.delivery.model.PlannedBatch;
import vn.chidao.directive.issue.adapter.out.events.DirectiveIssuedEvents;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.Withdrawal;

/**
 * The batch events of a directive. Their ids are derived from the directive and the batch number,
 * so a batch published again after a crash is the same event to every consumer.
 */
final class BatchEvents {

  private BatchEvents() {}

  static String deliveredId(String directiveId, int batch) {
    return directiveId + ":delivered:" + batch;
  }

  static String recalledId(String directiveId, int batch) {
    return directiveId + ":withdrawn:" + batch;
  }

  static DirectiveDelivered delivered(
      Directive directive, PlannedBatch batch, int batchCount, Instant at) {
    return new DirectiveDelivered(
        deliveredId(directive.id(), batch.number()),
        at,
        directive.tenant(),
        directive.id(),
        directive.content().docType().code(),
        directive.symbol(),
        directive.content().subject(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.content().urgency().name(),
        directive.content().secrecy().name(),
        batch.purpose().name(),
        directive.details().supersedesId(),
        batch.number(),
        batchCount,
        batch.unitIds(),
        DirectiveIssuedEvents.reporting(directive.details().reporting()));
  }

  static DirectiveRecalled recalled(
      Directive directive, PlannedBatch batch, int position, int batchCount) {
    Withdrawal withdrawal = directive.withdrawal();
    return new DirectiveRecalled(
        recalledId(directive.id(), batch.number()),
        withdrawal.at(),
        directive.tenant(),
        directive.id(),
        directive.content().docType().code(),
        directive.symbol(),
        directive.content().subject(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.content().urgency().name(),
        withdrawal.mode(),
        withdrawal.reason(),
        withdrawal.replacedById(),
        withdrawal.replacedBySymbol(),
        position,
        batchCount,
        batch.unitIds());
  }
}
