package vn.chidao.directive.issue.adapter.in.web;

import java.time.Instant;
import java.util.List;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.numbering.model.DocumentNumber;

/**
 * A directive as the API shows it.
 *
 * @param number its number within its sequence; {@code symbol} is what people quote ("84-CV/ĐU")
 * @param placeAndDate e.g. "Biên Hòa, ngày 6 tháng 6 năm 2014"
 */
public record DirectiveResponse(
    String id,
    String docType,
    Integer number,
    String symbol,
    String placeAndDate,
    String subject,
    String body,
    String urgency,
    String secrecy,
    String issuerUnitId,
    String issuerUnitName,
    List<String> recipientUnitIds,
    String issuedBy,
    Instant issuedAt,
    String status) {

  static DirectiveResponse of(Directive directive) {
    DocumentNumber number = directive.number();
    return new DirectiveResponse(
        directive.id(),
        directive.content().docType().code(),
        number == null ? null : number.number(),
        directive.symbol(),
        number == null ? null : number.placeAndDate(),
        directive.content().subject(),
        directive.content().body(),
        directive.content().urgency().name(),
        directive.content().secrecy().name(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.recipientUnitIds(),
        directive.issuedBy(),
        directive.issuedAt(),
        directive.status().name());
  }
}
