package vn.chidao.identity.people.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.application.MembershipStore;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.identity.org.model.Versioned;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;

/**
 * The people of a unit or of a subtree, and one person's posts, limited to what the caller may see:
 * their own province ({@code central-admin}: all). Another province's people answer like unknown
 * ones.
 */
@Service
public class ReadingPeople {

  public static final int MAX_PAGE_SIZE = 500;

  /**
   * A subtree's unit ids are sent to the store in one query; past this many units the caller is
   * asked to narrow the subtree (a national listing of people is not a page anyone reads).
   */
  static final int MAX_SUBTREE_UNITS = 20_000;

  private final HistoryStore history;
  private final MembershipStore memberships;

  public ReadingPeople(HistoryStore history, MembershipStore memberships) {
    this.history = history;
    this.memberships = memberships;
  }

  /** One page of the members of a unit, or of every unit at or below it. */
  public Mono<MemberPage> members(
      ChidaoUser caller, String unitId, boolean subtree, boolean includeLeft, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      return Mono.error(
          ProblemException.badRequest(
              "bad-page",
              "Trang phải từ 0 trở lên và kích thước trang từ 1 đến " + MAX_PAGE_SIZE + "."));
    }
    return history
        .current(unitId)
        .map(UnitVersion::toUnit)
        .filter(unit -> PeopleAccess.mayRead(caller, unit))
        .switchIfEmpty(Mono.error(() -> PeopleAccess.unitNotFound(unitId)))
        .flatMap(root -> unitsUnder(caller, root, subtree))
        .flatMap(
            units ->
                Mono.zip(
                    memberships
                        .findByUnits(units.keySet(), !includeLeft, (long) page * size, size)
                        .map(m -> new Member(m.value(), units.get(m.value().unitId())))
                        .collectList(),
                    memberships.countByUnits(units.keySet(), !includeLeft),
                    (items, total) -> new MemberPage(items, page, size, total)));
  }

  /** Every post of a person in units the caller may see; 404 when there is none. */
  public Mono<List<Member>> person(ChidaoUser caller, String username) {
    return memberships
        .findByUsername(username)
        .map(Versioned::value)
        .collectList()
        .flatMap(
            mine ->
                history
                    .currentByIds(mine.stream().map(Membership::unitId).distinct().toList())
                    .map(UnitVersion::toUnit)
                    .filter(unit -> PeopleAccess.mayRead(caller, unit))
                    .collect(Collectors.toMap(OrgUnit::id, Function.identity()))
                    .map(
                        units ->
                            mine.stream()
                                .filter(m -> units.containsKey(m.unitId()))
                                .map(m -> new Member(m, units.get(m.unitId())))
                                .toList()))
        .filter(list -> !list.isEmpty())
        .switchIfEmpty(Mono.error(() -> PeopleAccess.personNotFound(username)));
  }

  private Mono<Map<String, OrgUnit>> unitsUnder(ChidaoUser caller, OrgUnit root, boolean subtree) {
    if (!subtree) {
      return Mono.just(Map.of(root.id(), root));
    }
    String tenant = caller.isCentral() ? null : caller.province();
    return history
        .currentSubtree(root.path(), null, tenant, 0, MAX_SUBTREE_UNITS + 1)
        .map(UnitVersion::toUnit)
        .collectList()
        .flatMap(
            list ->
                list.size() > MAX_SUBTREE_UNITS
                    ? Mono.error(
                        ProblemException.badRequest(
                            "subtree-too-large",
                            "Cây đơn vị này có hơn "
                                + MAX_SUBTREE_UNITS
                                + " đơn vị; hãy xem nhân sự của một nhánh nhỏ hơn."))
                    : Mono.just(
                        list.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()))));
  }

  /** A membership with its unit. */
  public record Member(Membership membership, OrgUnit unit) {}

  public record MemberPage(List<Member> items, int page, int size, long total) {}
}
