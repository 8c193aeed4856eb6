package vn.chidao.identity.org.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitStatus;
import vn.chidao.identity.org.model.UnitVersion;

/**
 * Keeps the demo seed and the history in agreement (ADR 0004). The seed writes the {@code units}
 * projection directly; units it brings in without history get a first version from it, and the
 * projection is then re-derived from the history, so that a restart with the seed on never undoes a
 * change applied through the API.
 */
@Service
public class HistoryBootstrap {

  private final UnitStore units;
  private final HistoryStore history;

  public HistoryBootstrap(UnitStore units, HistoryStore history) {
    this.units = units;
    this.history = history;
  }

  /** Gives every active projected unit without history a first version from {@code since}. */
  public Mono<Long> fromProjection(LocalDate since) {
    return units
        .findAll()
        .filter(unit -> unit.value().status() == UnitStatus.ACTIVE)
        .concatMap(unit -> history.bootstrap(firstVersion(unit.value(), since)))
        .filter(Boolean::booleanValue)
        .count();
  }

  /** Rewrites the projection of every unit whose history says otherwise; returns how many. */
  public Mono<Long> reproject() {
    return units
        .findAll()
        .concatMap(
            unit ->
                history
                    .versions(unit.value().id())
                    .last()
                    .map(UnitVersion::toUnit)
                    .filter(latest -> !latest.equals(unit.value()))
                    .flatMap(units::put))
        .count();
  }

  private static UnitVersion firstVersion(OrgUnit unit, LocalDate since) {
    return new UnitVersion(
        unit.id(),
        1,
        unit.tenant(),
        unit.parentId(),
        unit.path(),
        unit.kind(),
        unit.name(),
        unit.issuerAbbr(),
        since,
        null,
        List.of(),
        "bootstrap");
  }
}
