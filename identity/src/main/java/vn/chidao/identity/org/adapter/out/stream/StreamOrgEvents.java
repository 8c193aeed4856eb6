package vn.chidao.identity.org.adapter.out.stream;

import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.MembershipChanged;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.identity.org.application.OrgEvents;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

/**
 * Org events to RabbitMQ, each confirmed by the broker. A unit event is sent directly: its caller
 * keeps what it owes (a change set stays APPLIED, the start-up publication retries), so nothing is
 * lost. A membership event goes through {@link EventOutbox}: stored first, relayed until confirmed.
 */
@Component
class StreamOrgEvents implements OrgEvents {

  static final String UNIT_BINDING = "orgUnitChanged-out-0";
  static final String MEMBERSHIP_BINDING = "membershipChanged-out-0";

  /** Entries younger than this are still being sent by the request that stored them. */
  private static final Duration OUTBOX_GRACE = Duration.ofSeconds(2);

  private final ConfirmedSender sender;
  private final EventOutbox outbox;

  StreamOrgEvents(ConfirmedSender sender, EventOutbox outbox) {
    this.sender = sender;
    this.outbox = outbox;
  }

  @Override
  public Mono<Void> unitChanged(Versioned<OrgUnit> unit) {
    OrgUnitChanged event = OrgEventMapping.unitChanged(unit);
    return sender.send(UNIT_BINDING, event.eventId(), event);
  }

  @Override
  public Mono<Void> membershipChanged(Versioned<Membership> membership, OrgUnit unit) {
    MembershipChanged event = OrgEventMapping.membershipChanged(membership, unit);
    return outbox.enqueue(MEMBERSHIP_BINDING, event);
  }

  @Override
  public Mono<Void> membershipResent(Versioned<Membership> membership, OrgUnit unit) {
    MembershipChanged event = OrgEventMapping.membershipChanged(membership, unit);
    return sender.send(MEMBERSHIP_BINDING, event.eventId(), event);
  }

  @Override
  public Mono<Long> relayPending() {
    return outbox.relay(OUTBOX_GRACE);
  }
}
