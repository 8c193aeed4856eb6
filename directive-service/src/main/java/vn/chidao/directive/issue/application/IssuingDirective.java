package vn.chidao.directive.issue.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.application.AuditTrail;
import vn.chidao.directive.delivery.application.DeliveringDirective;
import vn.chidao.directive.delivery.application.ResolvingAudience;
import vn.chidao.directive.issue.model.Addressing;
import vn.chidao.directive.issue.model.AddressingPolicy;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DocumentDetails;
import vn.chidao.directive.issue.model.Reference;
import vn.chidao.directive.issue.model.Relation;
import vn.chidao.directive.issue.model.ReportingDemand;
import vn.chidao.directive.issue.model.Unit;
import vn.chidao.directive.numbering.application.AllocatingNumbers;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.Issuer;
import vn.chidao.directive.numbering.model.Regime;
import vn.chidao.directive.receipt.application.TrackingReceipts;
import vn.chidao.directive.receipt.model.ReceiptStep;
import vn.chidao.platform.problem.ProblemException;

/**
 * Issues a directive. Everything that can refuse it is checked before anything is written: whom the
 * caller may address (read copy of the tree), the audience that list resolves to (never empty),
 * what it cites and replaces, the units its reports go to. Then it gets its number (only now, never
 * for a draft) and is stored with its pending {@code DirectiveIssued} and its delivery job — the
 * commit point, where the API answers. The event is published and delivery (rows, batch events)
 * runs in the background; the outbox relay and the delivery relay finish whatever a crash or the
 * broker interrupted. A refused or failed issue may leave a gap in a sequence, never a duplicate.
 */
@Service
public class IssuingDirective {

  private final UnitDirectory units;
  private final DirectiveStore store;
  private final IssuedEventsOutbox outbox;
  private final AllocatingNumbers numbers;
  private final Citations citations;
  private final ResolvingAudience audiences;
  private final DeliveringDirective deliveries;
  private final TrackingReceipts receipts;
  private final AuditTrail audit;
  private final Clock clock;

  public IssuingDirective(
      UnitDirectory units,
      DirectiveStore store,
      IssuedEventsOutbox outbox,
      AllocatingNumbers numbers,
      Citations citations,
      ResolvingAudience audiences,
      DeliveringDirective deliveries,
      TrackingReceipts receipts,
      AuditTrail audit,
      Clock clock) {
    this.units = units;
    this.store = store;
    this.outbox = outbox;
    this.numbers = numbers;
    this.citations = citations;
    this.audiences = audiences;
    this.deliveries = deliveries;
    this.receipts = receipts;
    this.audit = audit;
    this.clock = clock;
  }

  public Mono<Directive> issue(IssueDirectiveCommand command, Caller caller) {
    return issue(UUID.randomUUID().toString(), command, caller);
  }

  /**
   * Issues it as {@code directiveId}. A draft issues as its own id: the id is unique in the store,
   * so an issue of the same draft tried again (after a crash, or while an earlier attempt was still
   * running) stores at most one directive; the later attempt fails at the insert.
   */
  public Mono<Directive> issue(String directiveId, IssueDirectiveCommand command, Caller caller) {
    Set<String> wanted = new LinkedHashSet<>();
    command.recipients().forEach(entry -> wanted.add(entry.unitId()));
    if (caller.unitId() != null) {
      wanted.add(caller.unitId());
    }
    command
        .reporting()
        .forEach(
            demand -> {
              wanted.add(demand.reportToUnitId());
              if (demand.viaUnitId() != null) {
                wanted.add(demand.viaUnitId());
              }
            });
    return units
        .findByIds(wanted)
        .flatMap(
            known -> {
              Addressing addressing =
                  AddressingPolicy.decideList(caller, command.recipients(), known);
              if (addressing instanceof Addressing.Refused refused) {
                return Mono.error(Refusals.problemFor(refused));
              }
              return checkReportingUnits(command.reporting(), known)
                  .then(prepare(directiveId, command, caller, (Addressing.Allowed) addressing));
            })
        .flatMap(
            stored -> {
              Directive issued = stored.directive();
              return outbox
                  .publishNow(issued)
                  .then(Mono.fromRunnable(() -> deliveries.start(issued.id())))
                  .then(followUps(issued, caller))
                  .thenReturn(issued);
            });
  }

  /**
   * The caller's unit passes {@code originalId}, which it received, on to its own units with a
   * covering note (a new numbered document of its own citing the original).
   */
  public Mono<Directive> forward(String originalId, IssueDirectiveCommand note, Caller caller) {
    return receipts
        .ofCaller(originalId, caller)
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.conflict(
                        "not-a-recipient",
                        "Chỉ đơn vị đã nhận văn bản mới chuyển tiếp được văn bản đó.")))
        .then(issue(note.citing(Reference.to(originalId, Relation.FORWARDS)), caller));
  }

  /**
   * The caller's unit amends and supplements {@code originalId}, one of its own in force, with a
   * new document citing it ({@code AMENDS}); the original stays in force and its audit trail
   * records the amendment. {@code amendment} already carries the original's distribution list.
   */
  public Mono<Directive> amend(String originalId, IssueDirectiveCommand amendment, Caller caller) {
    return citations
        .amendable(originalId, caller)
        .flatMap(
            original ->
                issue(amendment.citing(Reference.to(originalId, Relation.AMENDS)), caller)
                    .flatMap(
                        issued ->
                            audit
                                .record(originalId, "AMENDED", null, caller, issued.symbol())
                                .thenReturn(issued)));
  }

  /** A stored directive. */
  private record Stored(Directive directive) {}

  private Mono<Stored> prepare(
      String directiveId,
      IssueDirectiveCommand command,
      Caller caller,
      Addressing.Allowed allowed) {
    return Mono.zip(
            citations.resolve(command.references(), caller),
            citations
                .supersedable(command.supersedesId(), caller)
                .map(Directive::id)
                .defaultIfEmpty(""))
        .flatMap(
            checked ->
                store(
                    directiveId,
                    command,
                    caller,
                    allowed,
                    checked.getT1().references(),
                    checked.getT2().isEmpty() ? null : checked.getT2()));
  }

  private Mono<Stored> store(
      String directiveId,
      IssueDirectiveCommand command,
      Caller caller,
      Addressing.Allowed allowed,
      List<Reference> references,
      String supersedesId) {
    Directive.Ids ids = new Directive.Ids(directiveId, UUID.randomUUID().toString());
    DirectiveContent content = command.content();
    // MongoDB keeps milliseconds: the response, the event and a later read must agree.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    DocumentDetails details =
        new DocumentDetails(
            command.signature(),
            command.recipients(),
            references,
            command.reporting(),
            supersedesId);
    return audiences
        .nonEmpty(allowed)
        .flatMap(
            reaches ->
                reaches
                    ? number(command, allowed.issuerUnit(), now, ids.directiveId())
                    : Mono.error(DeliveringDirective.emptyAudience()))
        .map(number -> Directive.issue(ids, content, allowed, caller, now, number, details))
        .flatMap(
            directive -> noteFollowUps(directive, caller).then(store.insertIssued(directive, 0, 0)))
        .flatMap(
            issued ->
                audit
                    .record(issued.id(), "ISSUED", null, caller, issued.symbol())
                    .thenReturn(new Stored(issued)));
  }

  private Mono<DocumentNumber> number(
      IssueDirectiveCommand command, Unit issuerUnit, Instant now, String directiveId) {
    Issuer issuer = issuerOf(issuerUnit);
    DirectiveContent content = command.content();
    String docType = content.docType().code();
    boolean secret = content.secrecy().isSecret();
    if (command.givenNumber() != null) {
      return numbers.claimGiven(
          issuer, docType, secret, content.place(), now, directiveId, command.givenNumber());
    }
    return command.byCongress()
        ? numbers.allocateForCongress(issuer, docType, content.place(), now, directiveId)
        : numbers.allocate(issuer, docType, secret, content.place(), now, directiveId);
  }

  /**
   * Before the directive is stored, the receipts it will move are noted (so a crash right after the
   * insert is finished by the receipt repair at the next start).
   */
  private Mono<Void> noteFollowUps(Directive directive, Caller caller) {
    return Flux.fromIterable(followedUp(directive))
        .concatMap(
            reference ->
                receipts.intendFollowUp(
                    reference.directiveId(), caller, stepFor(reference), directive.id()))
        .then();
  }

  private static List<Reference> followedUp(Directive directive) {
    return directive.details().references().stream()
        .filter(Reference::inSystem)
        .filter(reference -> reference.relation() != Relation.AMENDS)
        .toList();
  }

  private static ReceiptStep stepFor(Reference reference) {
    return reference.relation() == Relation.FORWARDS
        ? ReceiptStep.FORWARDED
        : ReceiptStep.IMPLEMENTED;
  }

  /** Forwarding or implementing a received directive moves the caller's unit's receipt of it. */
  private Mono<Void> followUps(Directive issued, Caller caller) {
    List<Reference> cited = followedUp(issued);
    return Flux.fromIterable(cited)
        .concatMap(
            reference ->
                store
                    .findById(reference.directiveId())
                    .flatMap(
                        parent ->
                            receipts.followedUp(parent, caller, stepFor(reference), issued.id())))
        .then();
  }

  private static Mono<Void> checkReportingUnits(
      List<ReportingDemand> reporting, Map<String, Unit> known) {
    List<String> unknown =
        reporting.stream()
            .flatMap(
                demand ->
                    demand.viaUnitId() == null
                        ? Stream.of(demand.reportToUnitId())
                        : Stream.of(demand.reportToUnitId(), demand.viaUnitId()))
            .filter(id -> !known.containsKey(id))
            .distinct()
            .toList();
    if (unknown.isEmpty()) {
      return Mono.empty();
    }
    ProblemException problem =
        new ProblemException(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "reporting-unit-unknown",
            "Dữ liệu không hợp lệ",
            "Không tìm thấy đơn vị nhận báo cáo: " + String.join(", ", unknown) + ".");
    problem.getBody().setProperty("unitIds", unknown);
    return Mono.error(problem);
  }

  private Issuer issuerOf(Unit unit) {
    return new Issuer(
        unit.id(),
        Regime.forIssuerKind(unit.kind()),
        unit.issuerAbbr(),
        numbers.isCentral(unit.tenant()));
  }
}
