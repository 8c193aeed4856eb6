package vn.chidao.directive.issue.adapter.in.web;

import java.time.Instant;
import java.util.List;
import vn.chidao.directive.issue.model.Directive;

/** A directive as the API shows it. */
public record DirectiveResponse(
    String id,
    String docType,
    String subject,
    String body,
    String urgency,
    String issuerUnitId,
    String issuerUnitName,
    List<String> recipientUnitIds,
    String issuedBy,
    Instant issuedAt,
    String status) {

  static DirectiveResponse of(Directive directive) {
    return new DirectiveResponse(
        directive.id(),
        directive.content().docType().code(),
        directive.content().subject(),
        directive.content().body(),
        directive.content().urgency().name(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.recipientUnitIds(),
        directive.issuedBy(),
        directive.issuedAt(),
        directive.status().name());
  }
}
