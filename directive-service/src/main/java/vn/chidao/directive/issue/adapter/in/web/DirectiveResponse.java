package vn.chidao.directive.issue.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DocumentDetails;
import vn.chidao.directive.issue.model.ReportingDemand;
import vn.chidao.directive.issue.model.Signature;
import vn.chidao.directive.issue.model.Withdrawal;
import vn.chidao.directive.numbering.model.DocumentNumber;

/**
 * A directive as the API shows it.
 *
 * @param number its number within its sequence; {@code symbol} is what people quote ("84-CV/ĐU")
 * @param placeAndDate e.g. "Biên Hòa, ngày 6 tháng 6 năm 2014"
 * @param recipientUnitIds the units named in the distribution list
 * @param references what it cites (JSON field {@code references}; requests call them {@code
 *     implements})
 * @param upstreamRecalled recalled directives it descends from; non-empty means it is flagged
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
    String status,
    SignatureView signature,
    List<RecipientView> recipients,
    List<ReferenceView> references,
    List<ReportingView> reporting,
    String supersedesDirectiveId,
    WithdrawalView withdrawal,
    List<String> upstreamRecalled,
    List<AmendmentView> amendedBy) {

  /** A document that amends and supplements this one (sửa đổi, bổ sung). */
  public record AmendmentView(String directiveId, String symbol, Instant issuedAt) {}

  /** The directive with the documents that amend it. */
  public static DirectiveResponse of(Directive directive, List<Directive> amendments) {
    DirectiveResponse plain = of(directive);
    return new DirectiveResponse(
        plain.id(),
        plain.docType(),
        plain.number(),
        plain.symbol(),
        plain.placeAndDate(),
        plain.subject(),
        plain.body(),
        plain.urgency(),
        plain.secrecy(),
        plain.issuerUnitId(),
        plain.issuerUnitName(),
        plain.recipientUnitIds(),
        plain.issuedBy(),
        plain.issuedAt(),
        plain.status(),
        plain.signature(),
        plain.recipients(),
        plain.references(),
        plain.reporting(),
        plain.supersedesDirectiveId(),
        plain.withdrawal(),
        plain.upstreamRecalled(),
        amendments.stream().map(a -> new AmendmentView(a.id(), a.symbol(), a.issuedAt())).toList());
  }

  /** The signature block; {@code authorityLine} as printed ("T/M BAN THƯỜNG VỤ"). */
  public record SignatureView(
      String authority,
      String authorityLine,
      String onBehalfOf,
      String position,
      String signerName) {}

  /** A line of the distribution list. */
  public record RecipientView(
      String unitId, String scope, List<String> kinds, String purpose, String label) {}

  /** A cited document. */
  public record ReferenceView(String directiveId, String symbol, String relation) {}

  /** A reporting demand (same fields as the request). */
  public record ReportingView(
      String requirementId,
      String title,
      String frequency,
      Integer cutoffDay,
      DueView due,
      LocalDate oneOffFrom,
      LocalDate oneOffTo,
      LocalDate until,
      String reportToUnitId,
      String viaUnitId,
      List<String> reporterKinds,
      List<SectionView> sections,
      List<IndicatorView> indicators) {

    static ReportingView of(ReportingDemand r) {
      ReportingDemand.Due due = r.due();
      return new ReportingView(
          r.requirementId(),
          r.title(),
          r.frequency(),
          r.cutoffDay(),
          new DueView(
              due.kind(),
              due.day(),
              due.monthsAfterCutoff(),
              due.days(),
              due.workingDays(),
              due.date()),
          r.oneOffFrom(),
          r.oneOffTo(),
          r.until(),
          r.reportToUnitId(),
          r.viaUnitId(),
          r.reporterKinds(),
          r.sections().stream().map(s -> new SectionView(s.code(), s.title())).toList(),
          r.indicators().stream()
              .map(
                  i ->
                      new IndicatorView(
                          i.code(),
                          i.name(),
                          i.unitOfMeasure(),
                          i.type(),
                          i.aggregation(),
                          i.targetOperator(),
                          i.targetValue()))
              .toList());
    }
  }

  /** When reports are due. */
  public record DueView(
      String kind,
      Integer day,
      Integer monthsAfterCutoff,
      Integer days,
      Boolean workingDays,
      LocalDate date) {}

  /** A section of the demanded report. */
  public record SectionView(String code, String title) {}

  /** A figure of the demanded report. */
  public record IndicatorView(
      String code,
      String name,
      String unitOfMeasure,
      String type,
      String aggregation,
      String targetOperator,
      BigDecimal targetValue) {}

  /** How it stopped being in force. */
  public record WithdrawalView(
      String status,
      String reason,
      Instant at,
      String by,
      String replacedById,
      String replacedBySymbol) {}

  public static DirectiveResponse of(Directive directive) {
    DocumentNumber number = directive.number();
    DocumentDetails details = directive.details();
    Signature signature = details.signature();
    Withdrawal withdrawal = directive.withdrawal();
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
        directive.status().name(),
        signature == null
            ? null
            : new SignatureView(
                signature.authority().name(),
                signature.authorityLine(),
                signature.onBehalfOf(),
                signature.position(),
                signature.signerName()),
        details.recipients().stream()
            .map(
                r ->
                    new RecipientView(
                        r.unitId(), r.scope().name(), r.kinds(), r.purpose().name(), r.label()))
            .toList(),
        details.references().stream()
            .map(r -> new ReferenceView(r.directiveId(), r.symbol(), r.relation().name()))
            .toList(),
        details.reporting().stream().map(ReportingView::of).toList(),
        details.supersedesId(),
        withdrawal == null
            ? null
            : new WithdrawalView(
                withdrawal.status().name(),
                withdrawal.reason(),
                withdrawal.at(),
                withdrawal.by(),
                withdrawal.replacedById(),
                withdrawal.replacedBySymbol()),
        directive.upstreamRecalled(),
        List.of());
  }
}
