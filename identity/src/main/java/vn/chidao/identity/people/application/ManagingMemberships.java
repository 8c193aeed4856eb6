package vn.chidao.identity.people.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.application.MembershipStore;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Positions;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.identity.org.model.Versioned;
import vn.chidao.identity.people.model.Account;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Joining a unit, changing one's post there, and leaving it. Each change marks the person in the
 * {@link SyncStore} first, then writes the membership, then syncs (events, Keycloak account): a
 * crash or an outage after the write leaves the mark for the relay, so nothing accepted is lost.
 *
 * <p>The e-mail is the person's, not the post's: it is the key a government login is linked by. It
 * is the same on all their memberships; changing it needs an admin of every unit they belong to, so
 * one province cannot take over another's person by re-pointing their e-mail.
 */
@Service
public class ManagingMemberships {

  private final HistoryStore history;
  private final MembershipStore memberships;
  private final SyncStore sync;
  private final SyncingPeople syncing;
  private final PersonEmails emails;

  public ManagingMemberships(
      HistoryStore history,
      MembershipStore memberships,
      SyncStore sync,
      SyncingPeople syncing,
      PersonEmails emails) {
    this.history = history;
    this.memberships = memberships;
    this.sync = sync;
    this.syncing = syncing;
    this.emails = emails;
  }

  public Mono<MembershipResult> join(ChidaoUser caller, String unitId, MembershipCommand command) {
    return Mono.defer(
        () -> {
          PeopleAccess.requireAdmin(caller);
          PeopleAccess.requireNotSelf(caller, command.username());
          return managedUnit(caller, unitId)
              .flatMap(
                  unit -> {
                    validate(caller, command.position(), command.roles());
                    return memberships
                        .find(unitId, command.username())
                        .filter(existing -> existing.value().active())
                        .flatMap(
                            existing ->
                                Mono.<MembershipResult>error(
                                    ProblemException.conflict(
                                        "already-member",
                                        "Người dùng \""
                                            + command.username()
                                            + "\" đã là thành viên của đơn vị này; hãy sửa chức vụ thay vì thêm mới.")))
                        .switchIfEmpty(
                            Mono.defer(
                                () ->
                                    write(
                                        caller,
                                        unit,
                                        new Membership(
                                            command.username(),
                                            unit.id(),
                                            unit.tenant(),
                                            command.position(),
                                            command.roles(),
                                            command.email(),
                                            true))));
                  });
        });
  }

  public Mono<MembershipResult> change(
      ChidaoUser caller, String unitId, String username, MembershipCommand command) {
    return Mono.defer(
        () -> {
          PeopleAccess.requireAdmin(caller);
          PeopleAccess.requireNotSelf(caller, username);
          return managedUnit(caller, unitId)
              .flatMap(
                  unit ->
                      activeMembership(unitId, username)
                          .flatMap(
                              stored -> {
                                Membership old = stored.value();
                                String position =
                                    command.position() == null
                                        ? old.position()
                                        : command.position();
                                List<String> roles =
                                    command.roles() == null ? old.roles() : command.roles();
                                String email =
                                    command.email() == null ? old.email() : command.email();
                                validate(
                                    caller, position, command.roles() == null ? List.of() : roles);
                                return write(
                                    caller,
                                    unit,
                                    new Membership(
                                        username,
                                        unitId,
                                        old.tenant(),
                                        position,
                                        roles,
                                        email,
                                        true));
                              }));
        });
  }

  /** The person leaves the unit; the post is kept in the directory, inactive. */
  public Mono<MembershipResult> leave(ChidaoUser caller, String unitId, String username) {
    return Mono.defer(
        () -> {
          PeopleAccess.requireAdmin(caller);
          return managedUnit(caller, unitId)
              .flatMap(
                  unit ->
                      activeMembership(unitId, username)
                          .flatMap(
                              stored -> {
                                Membership old = stored.value();
                                return write(
                                    caller,
                                    unit,
                                    new Membership(
                                        username,
                                        unitId,
                                        old.tenant(),
                                        old.position(),
                                        old.roles(),
                                        old.email(),
                                        false));
                              }));
        });
  }

  /** Syncs a person again (events and account); an admin's repair button, idempotent. */
  public Mono<AccountOutcome> resync(ChidaoUser caller, String username) {
    return Mono.defer(
        () -> {
          PeopleAccess.requireAdmin(caller);
          return memberships
              .findByUsername(username)
              .map(Versioned::value)
              .collectList()
              .flatMap(mine -> unitsOf(mine).map(units -> Map.entry(mine, units)))
              .flatMap(
                  entry -> {
                    boolean managesOne =
                        entry.getKey().stream()
                            .map(m -> entry.getValue().get(m.unitId()))
                            .anyMatch(u -> u != null && PeopleAccess.mayManage(caller, u));
                    if (!managesOne) {
                      return Mono.error(PeopleAccess.personNotFound(username));
                    }
                    return sync.markPending(username)
                        .flatMap(ticket -> syncing.sync(username, ticket));
                  });
        });
  }

  private Mono<MembershipResult> write(ChidaoUser caller, OrgUnit unit, Membership membership) {
    String username = membership.username();
    return emails
        .postsToRewrite(caller, membership)
        .flatMap(
            toRewrite ->
                sync.markPending(username)
                    .flatMap(
                        ticket ->
                            memberships
                                .put(membership)
                                .thenMany(Flux.fromIterable(toRewrite).concatMap(memberships::put))
                                .then(syncing.sync(username, ticket))))
        .map(outcome -> new MembershipResult(membership, unit, outcome));
  }

  private Mono<Map<String, OrgUnit>> unitsOf(List<Membership> list) {
    List<String> ids = list.stream().map(Membership::unitId).distinct().toList();
    return history
        .currentByIds(ids)
        .map(UnitVersion::toUnit)
        .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
  }

  private Mono<OrgUnit> managedUnit(ChidaoUser caller, String unitId) {
    return history
        .current(unitId)
        .map(UnitVersion::toUnit)
        .filter(unit -> PeopleAccess.mayRead(caller, unit))
        .switchIfEmpty(Mono.error(() -> PeopleAccess.unitNotFound(unitId)))
        .doOnNext(unit -> PeopleAccess.requireManages(caller, unit));
  }

  private Mono<Versioned<Membership>> activeMembership(String unitId, String username) {
    return memberships
        .find(unitId, username)
        .filter(stored -> stored.value().active())
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.notFound(
                        "membership-not-found",
                        "Người dùng \""
                            + username
                            + "\" không phải thành viên đang hoạt động của đơn vị \""
                            + unitId
                            + "\".")));
  }

  private static void validate(ChidaoUser caller, String position, List<String> roles) {
    if (!Positions.known(position)) {
      throw ProblemException.badRequest(
          "unknown-position",
          "Chức vụ \"" + position + "\" không hợp lệ; dùng một trong " + Positions.codes() + ".");
    }
    if (roles != null) {
      for (String role : roles) {
        if (!Account.CHIDAO_ROLES.contains(role)) {
          throw ProblemException.badRequest(
              "unknown-role", "Vai trò \"" + role + "\" không tồn tại trong chidao.");
        }
      }
      PeopleAccess.requireMayGrant(caller, roles);
    }
  }
}
