package vn.chidao.identity.org.application;

import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;

/** Where units are kept. */
public interface UnitStore {

  Mono<Versioned<OrgUnit>> findById(String id);

  /** Direct children, ordered by id. */
  Flux<Versioned<OrgUnit>> findChildren(String parentId);

  Flux<Versioned<OrgUnit>> findAll();

  /** The units of these ids that exist, in no particular order. */
  Flux<Versioned<OrgUnit>> findByIds(Collection<String> ids);

  /** Stores the unit; a new version only when something differs from what is stored. */
  Mono<Change> put(OrgUnit unit);

  Mono<Long> count();

  /**
   * Stores each unit as of its version unless what is stored was written from a later one (a later
   * {@code changedAt}); the whole list in a few bulk commands by id.
   */
  Mono<Void> putAll(List<Versioned<OrgUnit>> units);
}
