package vn.chidao.identity.people.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Positions;

/**
 * Derives a person's {@link Account} from their memberships.
 *
 * <p>A token names one unit, but a person may hold posts in two. The token's unit (the "primary"
 * membership) is sticky: the unit the account names today stays as long as the person is still
 * active there, so adding a second post — possibly by another province's admin — never moves
 * anyone's token, nor hands the roles of one post to the unit of another. Only when that post ends
 * does the account move to the remaining post with the highest position (Bí thư first), then the
 * unit highest in the tree, then the smallest unit id. The account carries the roles of the primary
 * membership only, plus {@code member}; the other posts are listed by {@code /api/org/me}.
 */
public final class AccountPlan {

  private static final List<String> RANK =
      List.of("BI_THU", "PHO_BI_THU", "VAN_THU", "QUAN_TRI", "MEMBER");

  private AccountPlan() {}

  /**
   * @param memberships every membership of the person, active or not
   * @param units the current units of those memberships, by id (a closed unit is absent)
   * @param currentUnitId the unit the account names now; null for a new account
   * @param ssoDomains e-mail domains whose people sign in through a government identity provider
   */
  public static Account plan(
      String username,
      List<Membership> memberships,
      Map<String, OrgUnit> units,
      String currentUnitId,
      Set<String> ssoDomains) {
    List<Membership> active =
        memberships.stream()
            .filter(Membership::active)
            .filter(membership -> units.containsKey(membership.unitId()))
            .toList();
    Optional<Membership> primary =
        active.stream()
            .filter(membership -> membership.unitId().equals(currentUnitId))
            .findFirst()
            .or(() -> active.stream().min(order(units)));
    String email =
        primary
            .map(Membership::email)
            .or(
                () ->
                    memberships.stream().map(Membership::email).filter(e -> e != null).findFirst())
            .orElse(null);
    boolean setsPassword = email == null || !ssoDomains.contains(domainOf(email));
    if (primary.isEmpty()) {
      return new Account(username, email, null, null, false, Map.of(), Set.of(), setsPassword);
    }
    Membership post = primary.get();
    OrgUnit unit = units.get(post.unitId());
    TreeSet<String> roles = new TreeSet<>(post.roles());
    roles.add("member");
    roles.retainAll(Account.CHIDAO_ROLES);
    return new Account(
        username,
        email,
        Positions.label(post.position()),
        unit.name(),
        true,
        Map.of(
            Account.UNIT_ID, unit.id(),
            Account.UNIT_PATH, unit.path(),
            Account.PROVINCE, unit.tenant()),
        roles,
        setsPassword);
  }

  private static String domainOf(String email) {
    return email.substring(email.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static Comparator<Membership> order(Map<String, OrgUnit> units) {
    return Comparator.comparingInt((Membership membership) -> rank(membership.position()))
        .thenComparingLong(membership -> depth(units.get(membership.unitId()).path()))
        .thenComparing(Membership::unitId);
  }

  private static long depth(String path) {
    return path.chars().filter(c -> c == '/').count();
  }

  private static int rank(String position) {
    int index = RANK.indexOf(position);
    return index < 0 ? RANK.size() : index;
  }
}
