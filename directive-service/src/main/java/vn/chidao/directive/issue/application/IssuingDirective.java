package vn.chidao.directive.issue.application;

import java.time.Clock;
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

/**
 * Issues a directive: checks whom the caller may address against the read copy of the tree, stores
 * the directive with its pending event, then publishes that event. Whatever the broker does, an
 * accepted directive is stored and its event will reach the broker.
 */
@Service
public class IssuingDirective {

  private final UnitDirectory units;
  private final DirectiveStore store;
  private final IssuedEventsOutbox outbox;
  private final Clock clock;

  public IssuingDirective(
      UnitDirectory units, DirectiveStore store, IssuedEventsOutbox outbox, Clock clock) {
    this.units = units;
    this.store = store;
    this.outbox = outbox;
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
    Directive directive =
        Directive.issue(
            new Directive.Ids(UUID.randomUUID().toString(), UUID.randomUUID().toString()),
            command.content(),
            (Addressing.Allowed) addressing,
            caller,
            // MongoDB keeps milliseconds: the response, the event and a later read must agree.
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    return store.insertIssued(directive);
  }
}
