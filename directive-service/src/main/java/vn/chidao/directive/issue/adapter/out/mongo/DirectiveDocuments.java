package vn.chidao.directive.issue.adapter.out.mongo;

import java.util.List;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument.DeliveryProgressDocument;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument.RecipientDocument;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument.ReferenceDocument;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument.SignatureDocument;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument.WithdrawalDocument;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DirectiveStatus;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.DocumentDetails;
import vn.chidao.directive.issue.model.Purpose;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Reference;
import vn.chidao.directive.issue.model.Relation;
import vn.chidao.directive.issue.model.Scope;
import vn.chidao.directive.issue.model.SearchText;
import vn.chidao.directive.issue.model.Secrecy;
import vn.chidao.directive.issue.model.Signature;
import vn.chidao.directive.issue.model.SigningAuthority;
import vn.chidao.directive.issue.model.Urgency;
import vn.chidao.directive.issue.model.Withdrawal;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.SequenceKey;

/** Maps directives to their stored shape and back. */
public final class DirectiveDocuments {

  private DirectiveDocuments() {}

  static DirectiveDocument toDocument(
      Directive directive, List<PendingEvent> pending, DeliveryProgressDocument delivery) {
    DirectiveContent content = directive.content();
    DocumentNumber number = directive.number();
    DocumentDetails details = directive.details();
    Signature signature = details.signature();
    return new DirectiveDocument(
        directive.id(),
        directive.tenant(),
        content.docType().code(),
        content.subject(),
        content.body(),
        content.urgency().name(),
        content.secrecy().name(),
        content.place(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.recipientUnitIds(),
        directive.recipientTenants(),
        directive.issuedBy(),
        directive.issuedAt(),
        directive.status().name(),
        directive.issuedEventId(),
        number == null ? null : number.number(),
        number == null ? null : number.symbol(),
        number == null ? null : number.sequence().value(),
        number == null ? null : number.placeAndDate(),
        SearchText.of(directive.symbol(), content.subject(), content.body()),
        pending,
        directive.issuerPath(),
        signature == null
            ? null
            : new SignatureDocument(
                signature.authority().name(),
                signature.onBehalfOf(),
                signature.position(),
                signature.signerName()),
        details.recipients().stream()
            .map(
                r ->
                    new RecipientDocument(
                        r.unitId(), r.scope().name(), r.kinds(), r.purpose().name(), r.label()))
            .toList(),
        details.references().stream()
            .map(r -> new ReferenceDocument(r.directiveId(), r.symbol(), r.relation().name()))
            .toList(),
        details.parentIds(),
        details.reporting(),
        details.supersedesId(),
        null,
        null,
        List.of(),
        delivery);
  }

  /** The model of a stored directive; also used by features reading the collection directly. */
  public static Directive toModel(DirectiveDocument document) {
    return new Directive(
        document.id(),
        document.tenant(),
        new DirectiveContent(
            DocType.ofCode(document.docType()),
            document.subject(),
            document.body(),
            Urgency.valueOf(document.urgency()),
            document.secrecy() == null ? Secrecy.NONE : Secrecy.valueOf(document.secrecy()),
            document.place()),
        document.issuerUnitId(),
        document.issuerUnitName(),
        document.recipientUnitIds(),
        document.recipientTenants(),
        document.issuedBy(),
        document.issuedAt(),
        DirectiveStatus.valueOf(document.status()),
        document.issuedEventId(),
        numberOf(document),
        detailsOf(document),
        document.issuerPath(),
        withdrawalOf(document.withdrawal()),
        document.upstreamRecalled());
  }

  private static DocumentDetails detailsOf(DirectiveDocument document) {
    if (document.recipients() == null || document.recipients().isEmpty()) {
      return null; // stored before distribution lists: the named recipients, to implement
    }
    SignatureDocument signature = document.signature();
    return new DocumentDetails(
        signature == null
            ? null
            : new Signature(
                SigningAuthority.valueOf(signature.authority()),
                signature.onBehalfOf(),
                signature.position(),
                signature.signerName()),
        document.recipients().stream()
            .map(
                r ->
                    new Recipient(
                        r.unitId(),
                        Scope.valueOf(r.scope()),
                        r.kinds(),
                        Purpose.valueOf(r.purpose()),
                        r.label()))
            .toList(),
        document.references() == null
            ? List.of()
            : document.references().stream()
                .map(
                    r -> new Reference(r.directiveId(), r.symbol(), Relation.valueOf(r.relation())))
                .toList(),
        document.reporting(),
        document.supersedesId());
  }

  private static Withdrawal withdrawalOf(WithdrawalDocument withdrawal) {
    if (withdrawal == null) {
      return null;
    }
    return new Withdrawal(
        DirectiveStatus.valueOf(withdrawal.status()),
        withdrawal.reason(),
        withdrawal.at(),
        withdrawal.by(),
        withdrawal.replacedById(),
        withdrawal.replacedBySymbol());
  }

  private static DocumentNumber numberOf(DirectiveDocument document) {
    if (document.number() == null || document.symbol() == null) {
      return null;
    }
    return new DocumentNumber(
        new SequenceKey(document.sequence()),
        document.number(),
        document.symbol(),
        document.placeAndDate() == null ? "" : document.placeAndDate());
  }
}
