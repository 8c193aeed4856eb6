package vn.chidao.reporting.tally;

import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.RequirementDocument;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.IndicatorSpec;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.org.UnitCopy;
import vn.chidao.reporting.tally.model.Totals;

/**
 * Completeness, timeliness and indicator roll-ups of any subtree for one requirement-period, read
 * from the running totals: the subtree's counter (everything below the unit) plus the unit's own
 * obligation — two lookups by id, whatever the size of the subtree.
 */
@Service
public class SubtreeFigures {

  private final ReactiveMongoTemplate mongo;
  private final UnitCopies units;
  private final Counters counters;

  SubtreeFigures(ReactiveMongoTemplate mongo, UnitCopies units, Counters counters) {
    this.mongo = mongo;
    this.units = units;
    this.counters = counters;
  }

  /** A requirement-period. */
  public record PeriodKey(String directiveId, String requirementId, String periodKey) {}

  public record UnitFigures(
      String unitId,
      String unitName,
      String unitKind,
      String ownState,
      Totals.Completeness completeness,
      List<Totals.IndicatorFigure> indicators) {}

  public record Children(List<UnitFigures> items, int page, int size, long total) {}

  public Mono<UnitFigures> of(ChidaoUser user, String unitId, PeriodKey period) {
    return visibleUnit(user, unitId)
        .zipWith(requirement(period))
        .flatMap(found -> figures(found.getT1(), period, found.getT2().indicatorSpecs(), true));
  }

  /**
   * The figures of what lies below the unit (its own report excluded): what the unit consolidates
   * into its own report.
   */
  public Mono<List<Totals.IndicatorFigure>> below(
      ChidaoUser user, String unitId, PeriodKey period) {
    return visibleUnit(user, unitId)
        .zipWith(requirement(period))
        .flatMap(
            found ->
                counters
                    .totals(
                        CounterDocument.id(
                            found.getT1().unitId(),
                            period.directiveId(),
                            period.requirementId(),
                            period.periodKey()))
                    .map(t -> new Totals().add(t).rollUp(found.getT2().indicatorSpecs())));
  }

  /** The unit's children, each with its subtree's figures (completeness only), one page. */
  public Mono<Children> children(
      ChidaoUser user, String unitId, PeriodKey period, int page, int size) {
    return visibleUnit(user, unitId)
        .zipWith(requirement(period))
        .flatMap(
            found ->
                Mono.zip(
                    units
                        .children(found.getT1().unitId(), page, size)
                        .concatMap(
                            child -> figures(child, period, found.getT2().indicatorSpecs(), false))
                        .collectList(),
                    units.countChildren(found.getT1().unitId())))
        .map(found -> new Children(found.getT1(), page, size, found.getT2()));
  }

  private Mono<UnitFigures> figures(
      UnitCopy unit, PeriodKey period, List<IndicatorSpec> indicators, boolean withIndicators) {
    String counterId =
        CounterDocument.id(
            unit.unitId(), period.directiveId(), period.requirementId(), period.periodKey());
    String ownId =
        ObligationDocument.id(
            period.directiveId(), period.requirementId(), period.periodKey(), unit.unitId());
    Mono<Map<String, Number>> below = counters.totals(counterId);
    Mono<java.util.Optional<ObligationDocument>> own =
        mongo
            .findById(ownId, ObligationDocument.class)
            .map(java.util.Optional::of)
            .defaultIfEmpty(java.util.Optional.empty());
    return Mono.zip(below, own)
        .map(
            found -> {
              Totals totals = new Totals().add(found.getT1());
              found
                  .getT2()
                  .ifPresent(
                      o ->
                          totals.add(
                              Contribution.of(
                                  ObligationState.valueOf(o.state()),
                                  o.late(),
                                  o.submittedValues(),
                                  indicators)));
              return new UnitFigures(
                  unit.unitId(),
                  unit.name(),
                  unit.kind(),
                  found.getT2().map(ObligationDocument::state).orElse(null),
                  totals.completeness(),
                  withIndicators ? totals.rollUp(indicators) : null);
            });
  }

  private Mono<RequirementDocument> requirement(PeriodKey period) {
    return mongo
        .findById(
            RequirementDocument.id(period.directiveId(), period.requirementId()),
            RequirementDocument.class)
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.notFound(
                        "requirement-not-found", "Không tìm thấy yêu cầu báo cáo này.")));
  }

  /**
   * The unit if the caller may see its figures: their own unit or one below it, in their province
   * (the centre sees all). Elsewhere in the province → 403; another province → 404.
   */
  private Mono<UnitCopy> visibleUnit(ChidaoUser user, String unitId) {
    String wanted = unitId == null ? user.unitId() : unitId;
    return units
        .find(wanted)
        .switchIfEmpty(Mono.error(SubtreeFigures::unitNotFound))
        .flatMap(
            unit -> {
              if (!user.mayAccessTenant(unit.tenant()) && !user.covers(unit.path())) {
                return Mono.error(unitNotFound());
              }
              if (!user.covers(unit.path()) && !user.isCentral()) {
                return Mono.error(
                    ProblemException.forbidden(
                        "outside-your-subtree",
                        "Bạn chỉ xem được số liệu của đơn vị mình và các đơn vị trực thuộc."));
              }
              return Mono.just(unit);
            });
  }

  private static ProblemException unitNotFound() {
    return ProblemException.notFound("unit-not-found", "Không tìm thấy đơn vị này.");
  }
}
