package vn.chidao.identity.org.application;

import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

/** Tells other services about the directory, so they can keep read copies of it. */
public interface OrgEvents {

  Mono<Void> unitChanged(Versioned<OrgUnit> unit);

  /**
   * @param unit the membership's unit, for the tenant and the display name
   */
  Mono<Void> membershipChanged(Versioned<Membership> membership, OrgUnit unit);
}
