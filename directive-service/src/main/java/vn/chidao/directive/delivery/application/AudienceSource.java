package vn.chidao.directive.delivery.application;

import java.util.Collection;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.model.CandidateUnit;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Unit;

/** Open units of the directory read copy. */
public interface AudienceSource {

  /**
   * Every open unit any entry may reach — the named units, and the units of each subtree (of the
   * given kinds) — each once, in one pass over the read copy, in no particular order.
   *
   * @param entries the distribution list's entries with the units they name
   */
  Flux<CandidateUnit> reachable(Collection<Map.Entry<Recipient, Unit>> entries);

  /** Whether any open unit is reachable (one document looked up, no order). */
  Mono<Boolean> anyReachable(Collection<Map.Entry<Recipient, Unit>> entries);
}
