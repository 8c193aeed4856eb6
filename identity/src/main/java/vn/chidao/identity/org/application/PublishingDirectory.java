package vn.chidao.identity.org.application;

import java.util.Map;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

/**
 * Publishes the current state of every unit and membership. Run at start-up so that a service whose
 * read copy is empty or behind (it started later, or its queue was purged) catches up. Sending a
 * version again is harmless: its event is identical (same id, same time) and consumers keep the
 * latest {@code occurredAt} per unit.
 */
@Service
public class PublishingDirectory {

  private final UnitStore units;
  private final MembershipStore memberships;
  private final OrgEvents events;

  public PublishingDirectory(UnitStore units, MembershipStore memberships, OrgEvents events) {
    this.units = units;
    this.memberships = memberships;
    this.events = events;
  }

  /** Publishes every unit, then every membership; emits how many events were sent. */
  public Mono<Long> publishAll() {
    return units
        .findAll()
        .collectMap(unit -> unit.value().id())
        .flatMap(
            byId ->
                publishUnits(byId)
                    .flatMap(
                        units -> publishMemberships(byId).map(memberships -> units + memberships)));
  }

  private Mono<Long> publishUnits(Map<String, Versioned<OrgUnit>> byId) {
    return Flux.fromIterable(byId.values())
        .concatMap(unit -> events.unitChanged(unit).thenReturn(1L))
        .count();
  }

  private Mono<Long> publishMemberships(Map<String, Versioned<OrgUnit>> byId) {
    return memberships
        .findAll()
        .filter(membership -> byId.containsKey(membership.value().unitId()))
        .concatMap(
            membership ->
                events
                    .membershipChanged(membership, byId.get(membership.value().unitId()).value())
                    .thenReturn(1L))
        .count();
  }
}
