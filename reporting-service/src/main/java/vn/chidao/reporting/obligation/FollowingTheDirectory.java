package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.org.UnitChangeListener;
import vn.chidao.reporting.period.model.VietnamTime;

/**
 * Keeps the totals right when the tree changes under running periods.
 *
 * <p>An obligation's figures count for the ancestors on the path its unit had when the obligation
 * was opened. When a unit moves (its path changes; identity sends one event per unit of a moved
 * subtree), its obligations for periods not yet cut off on the day of the move are re-attributed:
 * their whole contribution is taken from the old ancestors and given to the new ones, in one change
 * under compare-and-set. Periods already cut off stay where they were, as the tree was then.
 *
 * <p>When a unit is closed (merged into another, or dissolved), its open obligations for periods
 * not yet cut off are closed: it can no longer report, so it is no longer expected. What it
 * submitted before stays counted under its ancestors, so a roll-up over a merge keeps the merged
 * unit's figures.
 */
@Service
public class FollowingTheDirectory implements UnitChangeListener {

  private static final int ATTEMPTS = 5;

  private final ReactiveMongoTemplate mongo;
  private final ObligationStore obligations;
  private final ClosingObligations closing;
  private final PendingEffects effects;

  FollowingTheDirectory(
      ReactiveMongoTemplate mongo,
      ObligationStore obligations,
      ClosingObligations closing,
      PendingEffects effects) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.closing = closing;
    this.effects = effects;
  }

  /** Applies a unit change that is the newest known for the unit; returns obligations touched. */
  @Override
  public Mono<Long> onUnitChanged(OrgUnitChanged event) {
    LocalDate day = VietnamTime.dayOf(event.occurredAt());
    if ("CLOSED".equals(event.status())) {
      return closing
          .closeOpen(
              where("unitId").is(event.unitId()).and("periodTo").gte(day), "c:" + event.eventId())
          .map(Integer::longValue);
    }
    return obligations
        .find(
            query(
                where("unitId")
                    .is(event.unitId())
                    .and("periodTo")
                    .gte(day)
                    .and("unitPath")
                    .ne(event.path())))
        .concatMap(o -> move(o.id(), event, 1))
        .count();
  }

  private Mono<Boolean> move(String id, OrgUnitChanged event, int attempt) {
    return obligations
        .find(id)
        .flatMap(
            o ->
                o.hasPendingEffects() ? effects.finish(o).then(obligations.find(id)) : Mono.just(o))
        .filter(o -> !event.path().equals(o.unitPath()))
        .flatMap(
            o ->
                mongo
                    .findById(
                        RequirementDocument.id(o.directiveId(), o.requirementId()),
                        RequirementDocument.class)
                    .flatMap(
                        requirement -> {
                          var contribution =
                              Contribution.of(
                                  ObligationState.valueOf(o.state()),
                                  o.late(),
                                  o.submittedValues(),
                                  requirement.indicatorSpecs());
                          Update update =
                              new Update()
                                  .set("unitPath", event.path())
                                  .set("parentId", event.parentId())
                                  .set("ancestors", Periods.ancestors(event.path()))
                                  .set("pendingKey", "m:" + o.id() + "#" + (o.revision() + 1))
                                  .set("pendingDelta", contribution)
                                  .set("pendingFromAncestors", o.ancestors());
                          return obligations.compareAndSet(o.id(), o.revision(), update);
                        }))
        .flatMap(
            written -> {
              if (written) {
                return obligations.find(id).flatMap(effects::finish).thenReturn(true);
              }
              return attempt >= ATTEMPTS
                  ? Mono.error(new IllegalStateException("obligation " + id + " kept changing"))
                  : move(id, event, attempt + 1);
            });
  }
}
