package vn.chidao.identity.org.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

/**
 * Publishes the current state of every unit and membership, so that a service whose read copy is
 * empty or behind (a new deployment, a purged queue, a wiped database) catches up. Sending a
 * version again is harmless: its event is identical (same id, same time) and consumers keep the
 * latest {@code occurredAt} per unit.
 *
 * <p>Events go out {@link #IN_FLIGHT} at a time, each completing on its publisher confirm: one at a
 * time, a national directory (≈255,000 units and more memberships) took minutes. The tree is
 * streamed, never held whole; memberships look their units up a page at a time.
 */
@Service
public class PublishingDirectory {

  private static final int IN_FLIGHT = 32;
  private static final int MEMBERSHIP_PAGE = 500;

  private final UnitStore units;
  private final MembershipStore memberships;
  private final OrgEvents events;
  private final PublicationMarks marks;
  private final Clock clock;

  public PublishingDirectory(
      UnitStore units,
      MembershipStore memberships,
      OrgEvents events,
      PublicationMarks marks,
      Clock clock) {
    this.units = units;
    this.memberships = memberships;
    this.events = events;
    this.marks = marks;
    this.clock = clock;
  }

  /**
   * Publishes every unit, then every membership, then records that the whole directory went out;
   * emits how many events were sent. A failure leaves no record, so the next start publishes again.
   */
  public Mono<Long> publishAll() {
    return Mono.defer(
        () -> {
          Instant started = clock.instant();
          return publishUnits()
              .zipWhen(sentUnits -> publishMemberships())
              .flatMap(
                  sent ->
                      marks
                          .recordComplete(new Publication(started, sent.getT1(), sent.getT2()))
                          .thenReturn(sent.getT1() + sent.getT2()));
        });
  }

  /** When the whole directory last went out completely; empty if it never did. */
  public Mono<Publication> lastComplete() {
    return marks.lastComplete();
  }

  private Mono<Long> publishUnits() {
    return units
        .findAll()
        .flatMap(unit -> events.unitChanged(unit).thenReturn(1L), IN_FLIGHT)
        .count();
  }

  private Mono<Long> publishMemberships() {
    return memberships
        .findAll()
        .buffer(MEMBERSHIP_PAGE)
        .concatMap(this::publishPage)
        .reduce(0L, Long::sum);
  }

  private Mono<Long> publishPage(List<Versioned<Membership>> page) {
    Set<String> unitIds =
        page.stream().map(membership -> membership.value().unitId()).collect(Collectors.toSet());
    return units
        .findByIds(unitIds)
        .collectMap(unit -> unit.value().id(), Versioned::value)
        .flatMap(
            (Map<String, OrgUnit> byId) ->
                Flux.fromIterable(page)
                    // A membership of a unit that is gone has no tenant to route it by.
                    .filter(membership -> byId.containsKey(membership.value().unitId()))
                    .flatMap(
                        membership ->
                            events
                                .membershipResent(membership, byId.get(membership.value().unitId()))
                                .thenReturn(1L),
                        IN_FLIGHT)
                    .count());
  }
}
