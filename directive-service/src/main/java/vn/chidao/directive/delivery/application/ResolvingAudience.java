package vn.chidao.directive.delivery.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.model.Audience;
import vn.chidao.directive.delivery.model.AudienceMember;
import vn.chidao.directive.issue.model.Addressing;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Scope;
import vn.chidao.directive.issue.model.Unit;

/**
 * Turns a distribution list into its audience against the directory read copy: named units, whole
 * subtrees, or units of given kinds within a subtree; each unit once, with the strongest purpose of
 * the entries that reach it.
 */
@Service
public class ResolvingAudience {

  private final AudienceSource units;

  public ResolvingAudience(AudienceSource units) {
    this.units = units;
  }

  /**
   * @param distribution the list's entries
   * @param named the units the entries name, by id (an entry whose unit is missing reaches none)
   */
  public Flux<AudienceMember> members(List<Recipient> distribution, Map<String, Unit> named) {
    Map<Recipient, Unit> entries = entries(distribution, named);
    if (entries.isEmpty()) {
      return Flux.empty();
    }
    return units
        .reachable(entries.entrySet())
        .map(unit -> Audience.memberOf(entries, unit))
        .filter(Objects::nonNull);
  }

  /**
   * Whether the allowed list reaches at least one open unit. The named units are open (addressing
   * checked it), so any entry that includes its own unit answers without a query; only lists made
   * of subtrees narrowed to kinds their own units are not look one unit up.
   */
  public Mono<Boolean> nonEmpty(Addressing.Allowed allowed) {
    Map<Recipient, Unit> entries = entries(allowed.distribution(), byId(allowed.recipients()));
    boolean surely =
        entries.entrySet().stream()
            .anyMatch(
                entry ->
                    entry.getKey().scope() == Scope.UNIT
                        || entry.getKey().kinds().isEmpty()
                        || entry.getKey().kinds().contains(entry.getValue().kind()));
    return surely ? Mono.just(true) : units.anyReachable(entries.entrySet());
  }

  private static Map<String, Unit> byId(List<Unit> recipients) {
    Map<String, Unit> named = new LinkedHashMap<>();
    recipients.forEach(unit -> named.put(unit.id(), unit));
    return named;
  }

  private static Map<Recipient, Unit> entries(
      List<Recipient> distribution, Map<String, Unit> named) {
    Map<Recipient, Unit> entries = new LinkedHashMap<>();
    distribution.forEach(
        entry -> {
          Unit unit = named.get(entry.unitId());
          if (unit != null) {
            entries.put(entry, unit);
          }
        });
    return entries;
  }
}
