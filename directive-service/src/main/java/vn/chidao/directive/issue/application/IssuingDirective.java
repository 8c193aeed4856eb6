package vn.chidao.directive.issue.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Addressing;
import vn.chidao.directive.issue.model.AddressingPolicy;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.Unit;
import vn.chidao.directive.numbering.application.AllocatingNumbers;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.Issuer;
import vn.chidao.directive.numbering.model.Regime;

/**
 * Issues a directive: checks whom the caller may address against the read copy of the tree, gives
 * it its number and symbol (only now, never for a draft), stores the directive with its pending
 * event, then publishes that event. A refused or failed issue may leave a gap in a sequence, never
 * a duplicate. Whatever the broker does, an accepted directive is stored and its event will reach
 * the broker.
 */
@Service
public class IssuingDirective {

  private final UnitDirectory units;
  private final DirectiveStore store;
  private final IssuedEventsOutbox outbox;
  private final AllocatingNumbers numbers;
  private final Clock clock;

  public IssuingDirective(
      UnitDirectory units,
      DirectiveStore store,
      IssuedEventsOutbox outbox,
      AllocatingNumbers numbers,
      Clock clock) {
    this.units = units;
    this.store = store;
    this.outbox = outbox;
    this.numbers = numbers;
    this.clock = clock;
  }

  public Mono<Directive> issue(IssueDirectiveCommand command, Caller caller) {
    Set<String> wanted = new LinkedHashSet<>(command.recipientUnitIds());
    if (caller.unitId() != null) {
      wanted.add(caller.unitId());
    }
    return units
        .findByIds(wanted)
        .map(known -> AddressingPolicy.decide(caller, command.recipientUnitIds(), known))
        .flatMap(addressing -> store(command, caller, addressing))
        .flatMap(directive -> outbox.publishNow(directive).thenReturn(directive));
  }

  private Mono<Directive> store(
      IssueDirectiveCommand command, Caller caller, Addressing addressing) {
    if (addressing instanceof Addressing.Refused refused) {
      return Mono.error(Refusals.problemFor(refused));
    }
    Addressing.Allowed allowed = (Addressing.Allowed) addressing;
    Directive.Ids ids =
        new Directive.Ids(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    DirectiveContent content = command.content();
    // MongoDB keeps milliseconds: the response, the event and a later read must agree.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Issuer issuer = issuerOf(allowed.issuerUnit());
    String docType = content.docType().code();
    Mono<DocumentNumber> numbered =
        command.byCongress()
            ? numbers.allocateForCongress(issuer, docType, content.place(), now, ids.directiveId())
            : numbers.allocate(
                issuer,
                docType,
                content.secrecy().isSecret(),
                content.place(),
                now,
                ids.directiveId());
    return numbered
        .map(number -> Directive.issue(ids, content, allowed, caller, now, number))
        .flatMap(store::insertIssued);
  }

  private Issuer issuerOf(Unit unit) {
    return new Issuer(
        unit.id(),
        Regime.forIssuerKind(unit.kind()),
        unit.issuerAbbr(),
        numbers.isCentral(unit.tenant()));
  }
}
