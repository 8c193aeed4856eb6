package vn.chidao.directive.draft;

import java.time.LocalDate;
import java.util.List;
import vn.chidao.directive.issue.application.IssueDirectiveCommand;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.Signature;
import vn.chidao.directive.issue.model.Unit;
import vn.chidao.directive.numbering.model.PlaceAndDate;
import vn.chidao.directive.numbering.model.Regime;

/**
 * A draft as it would print if issued today, except the number, which is allocated at issue ({@code
 * symbol} shows where it goes: "…-CT/ĐU", "…/QĐ-UBND").
 */
record DraftPreview(
    String draftId,
    String docType,
    String symbol,
    String placeAndDate,
    String issuerUnitName,
    String subject,
    String body,
    String urgency,
    String secrecy,
    List<Line> recipients,
    String authorityLine,
    String position,
    String signerName,
    List<Cited> references) {

  /** A line of the distribution list (Nơi nhận). */
  record Line(String unitId, String scope, String purpose, String label) {}

  /** A cited document (căn cứ). */
  record Cited(String directiveId, String symbol, String relation) {}

  /**
   * @param unit the issuing unit in the read copy, or null when it is no longer there
   */
  static DraftPreview of(Draft draft, Unit unit, LocalDate today) {
    IssueDirectiveCommand command = draft.content().toCommand(draft.issuerUnitId());
    DirectiveContent content = command.content();
    Regime regime = unit == null ? Regime.PARTY : Regime.forIssuerKind(unit.kind());
    String type = content.docType().code();
    String symbol =
        unit == null || unit.issuerAbbr() == null
            ? null
            : switch (regime) {
              case PARTY -> "…-" + type + "/" + unit.issuerAbbr();
              case STATE -> "…/" + type + "-" + unit.issuerAbbr();
            };
    Signature signature = command.signature();
    return new DraftPreview(
        draft.id(),
        type,
        symbol,
        PlaceAndDate.format(regime, content.place(), today),
        unit == null ? null : unit.name(),
        content.subject(),
        content.body(),
        content.urgency().name(),
        content.secrecy().name(),
        command.recipients().stream()
            .map(r -> new Line(r.unitId(), r.scope().name(), r.purpose().name(), r.label()))
            .toList(),
        signature == null ? null : signature.authorityLine(),
        signature == null ? null : signature.position(),
        signature == null ? null : signature.signerName(),
        command.references().stream()
            .map(r -> new Cited(r.directiveId(), r.symbol(), r.relation().name()))
            .toList());
  }
}
