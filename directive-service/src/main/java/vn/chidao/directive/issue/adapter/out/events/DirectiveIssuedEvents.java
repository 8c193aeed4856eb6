package vn.chidao.directive.issue.adapter.out.events;

import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.model.Directive;

/** The event payload for an issued directive: what an alert needs, never the stored directive. */
final class DirectiveIssuedEvents {

  private DirectiveIssuedEvents() {}

  static DirectiveIssued of(Directive directive) {
    return new DirectiveIssued(
        directive.issuedEventId(),
        directive.issuedAt(),
        directive.tenant(),
        directive.id(),
        directive.content().docType().code(),
        directive.symbol(),
        directive.content().subject(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.content().urgency().name(),
        directive.recipientUnitIds(),
        directive.issuedBy());
  }
}
