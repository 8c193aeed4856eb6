package vn.chidao.identity.org.application;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.identity.org.model.Versioned;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Reads of the directory, each limited to what the caller may see: units of their own province
 * ({@code central-admin}: every province). Units come from the history's current versions, so a
 * change set being applied is not seen half done (ADR 0004).
 */
@Service
public class ReadingDirectory {

  private final HistoryStore history;
  private final MembershipStore memberships;

  public ReadingDirectory(HistoryStore history, MembershipStore memberships) {
    this.history = history;
    this.memberships = memberships;
  }

  /** The caller's unit (from their token) and every membership they hold. */
  public Mono<MyPlace> me(ChidaoUser caller) {
    Mono<Optional<OrgUnit>> unit =
        caller.unitId() == null
            ? Mono.just(Optional.empty())
            : visible(caller, caller.unitId()).map(Optional::of).defaultIfEmpty(Optional.empty());
    Mono<List<Membership>> mine =
        memberships.findByUsername(caller.username()).map(Versioned::value).collectList();
    return Mono.zip(unit, mine, (place, list) -> new MyPlace(caller, place.orElse(null), list));
  }

  public Mono<OrgUnit> unit(ChidaoUser caller, String id) {
    return visible(caller, id).switchIfEmpty(Mono.error(() -> notFound(id)));
  }

  /** Children of a unit the caller may see, themselves filtered (the centre's children differ). */
  public Mono<List<OrgUnit>> children(ChidaoUser caller, String id) {
    return unit(caller, id)
        .flatMap(
            parent ->
                history
                    .currentChildren(parent.id())
                    .map(UnitVersion::toUnit)
                    .filter(child -> caller.mayAccessTenant(child.tenant()))
                    .collectList());
  }

  /**
   * A unit of another province answers exactly like a unit that does not exist. A 403 would tell a
   * caller that the id is real, and ids name bodies and places; not leaking that is worth the less
   * specific answer.
   */
  private Mono<OrgUnit> visible(ChidaoUser caller, String id) {
    return history
        .current(id)
        .map(UnitVersion::toUnit)
        .filter(unit -> caller.mayAccessTenant(unit.tenant()));
  }

  private static ProblemException notFound(String id) {
    return AccessRules.notFound(id);
  }

  /** The caller as the token describes them, their unit if the directory knows it, their posts. */
  public record MyPlace(ChidaoUser user, OrgUnit unit, List<Membership> memberships) {}
}
