package vn.chidao.identity.org.application;

import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

/**
 * Tells other services about the directory, so they can keep read copies of it (ADR 0003, 0004).
 * Nothing handed over is lost while the broker is away.
 */
public interface OrgEvents {

  /**
   * Publishes and completes on the broker's confirm; fails if it does not come, and the caller
   * keeps what it owes (a change set stays APPLIED and is relayed; the start-up publication
   * retries).
   */
  Mono<Void> unitChanged(Versioned<OrgUnit> unit);

  /**
   * Stores the event in the outbox and completes once it is stored; it is sent at once and, until
   * the broker confirms it, again by {@link #relayPending()}. Call it after storing the membership.
   *
   * @param unit the membership's unit, for the tenant and the display name
   */
  Mono<Void> membershipChanged(Versioned<Membership> membership, OrgUnit unit);

  /**
   * Sends the current version of a membership again, directly, completing on the broker's confirm:
   * for a whole-directory publication, whose caller retries it all if anything fails (an outbox
   * entry per membership would double the writes of a national republication for nothing).
   */
  default Mono<Void> membershipResent(Versioned<Membership> membership, OrgUnit unit) {
    return membershipChanged(membership, unit);
  }

  /** Sends again what the outbox still owes; emits how many went out. */
  default Mono<Long> relayPending() {
    return Mono.just(0L);
  }
}
