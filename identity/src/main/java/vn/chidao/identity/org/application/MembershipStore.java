package vn.chidao.identity.org.application;

import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.Versioned;

/** Where memberships are kept; one per (username, unit). */
public interface MembershipStore {

  Flux<Versioned<Membership>> findByUsername(String username);

  Flux<Versioned<Membership>> findAll();

  /** The person's membership in the unit, whether active or left; empty if they never joined. */
  Mono<Versioned<Membership>> find(String unitId, String username);

  /**
   * One page of the memberships of these units, ordered by unit and username.
   *
   * @param activeOnly leave out people who left
   */
  Flux<Versioned<Membership>> findByUnits(
      Collection<String> unitIds, boolean activeOnly, long skip, int limit);

  /** Memberships carrying this e-mail (lower case), whoever holds them. */
  Flux<Versioned<Membership>> findByEmail(String email);

  Mono<Long> countByUnits(Collection<String> unitIds, boolean activeOnly);

  /** Stores the membership; a new version only when something differs from what is stored. */
  Mono<Change> put(Membership membership);

  Mono<Long> count();
}
