package vn.chidao.identity.people.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.application.MembershipStore;
import vn.chidao.identity.org.application.OrgEvents;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.identity.org.model.Versioned;
import vn.chidao.identity.people.model.AccountPlan;

/**
 * Makes the world agree with a person's memberships: a {@code MembershipChanged} for each of them
 * (confirmed by the broker; re-sending an unchanged one repeats its event id, which consumers drop)
 * and their Keycloak account provisioned. Runs right after a change and again from the relay for
 * whatever is still marked in the {@link SyncStore}.
 */
@Service
public class SyncingPeople {

  private static final Logger log = LoggerFactory.getLogger(SyncingPeople.class);

  private final MembershipStore memberships;
  private final HistoryStore history;
  private final OrgEvents events;
  private final AccountProvisioning accounts;
  private final SyncStore sync;
  private final Set<String> ssoDomains;

  public SyncingPeople(
      MembershipStore memberships,
      HistoryStore history,
      OrgEvents events,
      AccountProvisioning accounts,
      SyncStore sync,
      @Value("${chidao.people.sso-email-domains:}") Set<String> ssoDomains) {
    this.ssoDomains =
        ssoDomains.stream()
            .map(String::trim)
            .filter(domain -> !domain.isEmpty())
            .map(domain -> domain.toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.memberships = memberships;
    this.history = history;
    this.events = events;
    this.accounts = accounts;
    this.sync = sync;
  }

  /** Publishes and provisions; the outcome is {@code PENDING} when either failed (retried). */
  public Mono<AccountOutcome> sync(String username, long ticket) {
    return memberships
        .findByUsername(username)
        .collectList()
        .flatMap(
            mine ->
                unitsOf(mine)
                    .flatMap(
                        units ->
                            publish(mine, units)
                                .then(provision(username, mine, units))
                                .flatMap(
                                    outcome -> sync.done(username, ticket).thenReturn(outcome))))
        .onErrorResume(
            failure -> {
              log.warn("Sync of {} failed, the relay retries: {}", username, failure.toString());
              return sync.failed(username, ticket, String.valueOf(failure.getMessage()))
                  .thenReturn(AccountOutcome.PENDING);
            });
  }

  private Mono<Map<String, OrgUnit>> unitsOf(List<Versioned<Membership>> mine) {
    List<String> ids = mine.stream().map(m -> m.value().unitId()).distinct().toList();
    return history
        .currentByIds(ids)
        .map(UnitVersion::toUnit)
        .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
  }

  private Mono<Void> publish(List<Versioned<Membership>> mine, Map<String, OrgUnit> units) {
    return Flux.fromIterable(mine)
        .filter(membership -> units.containsKey(membership.value().unitId()))
        .concatMap(
            membership ->
                events.membershipChanged(membership, units.get(membership.value().unitId())))
        .then();
  }

  private Mono<AccountOutcome> provision(
      String username, List<Versioned<Membership>> mine, Map<String, OrgUnit> units) {
    List<Membership> values = mine.stream().map(Versioned::value).toList();
    return accounts.provision(
        username, current -> AccountPlan.plan(username, values, units, current, ssoDomains));
  }
}
