package vn.chidao.identity.people.application;

import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox of people changes: a person is marked before their memberships are written, and
 * cleared only once their events were confirmed and their account provisioned. What a crash, a
 * broker or a Keycloak outage left marked is finished by the relay.
 */
public interface SyncStore {

  /** Marks the person as needing a sync; returns the ticket a later {@link #done} must name. */
  Mono<Long> markPending(String username);

  /** Clears the mark, unless the person was marked again meanwhile (a newer ticket). */
  Mono<Void> done(String username, long ticket);

  /** Keeps the mark and notes why the attempt failed. */
  Mono<Void> failed(String username, long ticket, String reason);

  /** People still marked since before {@code before}. */
  Flux<Pending> pending(Instant before, int limit);

  record Pending(String username, long ticket) {}
}
