package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.org.UnitCopy;
import vn.chidao.reporting.period.model.ReportingPeriod;

/**
 * What a unit closed into successors (merge: one, split: several) still owed passes on to them:
 * every requirement it reported on registers the successors as reporters, so later periods open for
 * them; and each running period whose obligation the closure closed opens for them, so the report
 * of the merged cell is still expected — from the unit that now exists. A successor that already
 * owes that report keeps its own (obligations are keyed by unit, the insert of an existing one is a
 * no-op), and the kinds a requirement names still apply.
 *
 * <p>Repeatable: the batch of each opening is keyed by the closing event, requirement and period,
 * so a redelivered closure counts nothing twice.
 */
@Service
class PassingOnToSuccessors {

  private final ReactiveMongoTemplate mongo;
  private final OpeningObligations opening;
  private final RequirementTemplates templates;
  private final ObligationStore obligations;
  private final UnitCopies units;

  PassingOnToSuccessors(
      ReactiveMongoTemplate mongo,
      OpeningObligations opening,
      RequirementTemplates templates,
      ObligationStore obligations,
      UnitCopies units) {
    this.mongo = mongo;
    this.opening = opening;
    this.templates = templates;
    this.obligations = obligations;
    this.units = units;
  }

  /**
   * @param closedBy the key the closure closed the unit's running obligations under
   * @return obligations opened for the successors
   */
  Mono<Long> passOn(OrgUnitChanged closed, String closedBy) {
    if (closed.successorIds().isEmpty()) {
      return Mono.just(0L);
    }
    return successors(closed)
        .flatMap(
            successors ->
                register(closed, successors)
                    .then(openRunningPeriods(closed, closedBy, successors)));
  }

  /** The successors as reporting's copy knows them; fails (and is retried) while it lags. */
  private Mono<List<UnitCopy>> successors(OrgUnitChanged closed) {
    return units
        .findAll(closed.successorIds())
        .collectList()
        .flatMap(
            found ->
                found.size() < closed.successorIds().size()
                    ? Mono.error(
                        new IllegalStateException(
                            "successors of "
                                + closed.unitId()
                                + " not yet in the directory copy: "
                                + closed.successorIds()))
                    : Mono.just(
                        found.stream().filter(unit -> !"CLOSED".equals(unit.status())).toList()));
  }

  private Mono<Void> register(OrgUnitChanged closed, List<UnitCopy> successors) {
    return mongo
        .find(query(where("unitId").is(closed.unitId())), ReporterDocument.class)
        .concatMap(reporter -> templates.of(reporter.requirementKey()))
        .filter(requirement -> !requirement.recalled())
        .concatMap(
            requirement ->
                opening.registerReporters(requirement.id(), eligible(requirement, successors)))
        .then();
  }

  private Mono<Long> openRunningPeriods(
      OrgUnitChanged closed, String closedBy, List<UnitCopy> successors) {
    return obligations
        .find(query(where("unitId").is(closed.unitId()).and("closedBy").is(closedBy)))
        .collectList()
        .flatMapMany(
            owed -> {
              // One opening per requirement and period, in a stable order.
              Map<String, ObligationDocument> byPeriod = new TreeMap<>();
              owed.forEach(
                  o ->
                      byPeriod.putIfAbsent(
                          RequirementDocument.id(o.directiveId(), o.requirementId())
                              + "~"
                              + o.periodKey(),
                          o));
              return Flux.fromIterable(byPeriod.values());
            })
        .concatMap(
            o ->
                templates
                    .of(o)
                    .filter(requirement -> !requirement.recalled())
                    .flatMap(
                        requirement ->
                            opening.open(
                                requirement,
                                new ReportingPeriod(
                                    o.periodKey(),
                                    o.periodLabel(),
                                    o.periodFrom(),
                                    o.periodTo(),
                                    o.dueDate()),
                                eligible(requirement, successors),
                                "s:" + closedBy + "~" + requirement.id() + "~" + o.periodKey())))
        .reduce(0L, (sum, opened) -> sum + opened);
  }

  private static List<UnitCopy> eligible(RequirementDocument requirement, List<UnitCopy> units) {
    return units.stream()
        .filter(
            unit ->
                requirement.reporterKinds() == null
                    || requirement.reporterKinds().isEmpty()
                    || requirement.reporterKinds().contains(unit.kind()))
        .toList();
  }
}
