package vn.chidao.identity.people.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The e-mail is the person's, not the post's: it is the key a government login is linked by (ADR
 * 0005). It is the same on all their memberships and belongs to one person only; changing it needs
 * an admin of every unit they belong to, so one province cannot take over another's person by
 * re-pointing their e-mail.
 */
@Service
public class PersonEmails {

  private final HistoryStore history;
  private final MembershipStore memberships;

  public PersonEmails(HistoryStore history, MembershipStore memberships) {
    this.history = history;
    this.memberships = memberships;
  }

  /** The person's other posts that must take this membership's e-mail, or a refusal. */
  public Mono<List<Membership>> postsToRewrite(ChidaoUser caller, Membership membership) {
    return memberships
        .findByUsername(membership.username())
        .map(Versioned::value)
        .filter(other -> !other.unitId().equals(membership.unitId()))
        .collectList()
        .flatMap(others -> checked(caller, membership, others));
  }

  /**
   * The person's other posts that must take the new e-mail, or a refusal when the e-mail is someone
   * else's or an admin of another unit of theirs would have to agree.
   */
  private Mono<List<Membership>> checked(
      ChidaoUser caller, Membership membership, List<Membership> others) {
    String email = membership.email();
    List<Membership> differing =
        others.stream().filter(other -> !Objects.equals(other.email(), email)).toList();
    Mono<Void> notSomeoneElses =
        email == null
            ? Mono.empty()
            : memberships
                .findByEmail(email)
                .filter(other -> !other.value().username().equals(membership.username()))
                .next()
                .flatMap(
                    taken ->
                        Mono.error(
                            ProblemException.conflict(
                                "email-in-use",
                                "Địa chỉ thư \"" + email + "\" đã thuộc về người dùng khác.")));
    return notSomeoneElses.then(
        unitsOf(differing)
            .flatMap(
                units -> {
                  boolean managesAll =
                      differing.stream()
                          .allMatch(
                              other -> {
                                OrgUnit unit = units.get(other.unitId());
                                return unit == null || PeopleAccess.mayManage(caller, unit);
                              });
                  if (!managesAll) {
                    return Mono.error(
                        ProblemException.conflict(
                            "email-owned-elsewhere",
                            "Người dùng \""
                                + membership.username()
                                + "\" đã có địa chỉ thư khác ở đơn vị ngoài phạm vi của bạn; chỉ quản trị viên của mọi đơn vị của họ mới đổi được."));
                  }
                  List<Membership> rewritten = new ArrayList<>();
                  for (Membership other : differing) {
                    rewritten.add(
                        new Membership(
                            other.username(),
                            other.unitId(),
                            other.tenant(),
                            other.position(),
                            other.roles(),
                            email,
                            other.active()));
                  }
                  return Mono.just(List.copyOf(rewritten));
                }));
  }

  private Mono<Map<String, OrgUnit>> unitsOf(List<Membership> list) {
    List<String> ids = list.stream().map(Membership::unitId).distinct().toList();
    return history
        .currentByIds(ids)
        .map(UnitVersion::toUnit)
        .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
  }
}
