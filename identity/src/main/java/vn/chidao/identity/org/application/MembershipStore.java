package vn.chidao.identity.org.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.Versioned;

/** Where memberships are kept; one per (username, unit). */
public interface MembershipStore {

  Flux<Versioned<Membership>> findByUsername(String username);

  Flux<Versioned<Membership>> findAll();

  /** Stores the membership; a new version only when something differs from what is stored. */
  Mono<Change> put(Membership membership);

  Mono<Long> count();
}
