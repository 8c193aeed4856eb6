package vn.chidao.identity.org.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitStatus;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.identity.org.model.Versioned;

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

  /**
   * Gives every active projected unit without history a first version from {@code since}. In bulk:
   * the projection is read once and the history asked by version keys a thousand units at a time,
   * so a national directory costs a few hundred queries, not one per unit.
   */
  public Mono<Long> fromProjection(LocalDate since) {
    return units
        .findAll()
        .filter(unit -> unit.value().status() == UnitStatus.ACTIVE)
        .map(unit -> firstVersion(unit.value(), since))
        .collectList()
        .flatMap(history::bootstrapAll);
  }

  /** Rewrites the projection of every unit whose history says otherwise; returns how many. */
  public Mono<Long> reproject() {
    return units
        .findAll()
        .collectMap(unit -> unit.value().id(), Versioned::value)
        .flatMap(
            projected ->
                history
                    .latestVersions(projected.keySet())
                    .map(UnitVersion::toUnit)
                    .filter(latest -> !latest.equals(projected.get(latest.id())))
                    .concatMap(units::put)
                    .count());
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
