package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
 * under compare-and-set (effects as in {@link PendingEffects}). Periods already cut off stay where
 * they were, as the tree was then.
 *
 * <p>When a unit is closed (merged into another, or dissolved), its open obligations for periods
 * not yet cut off are closed: it can no longer report, so it is no longer expected. What it
 * submitted before stays counted under its ancestors, so a roll-up over a merge keeps the merged
 * unit's figures. A unit closed into successors passes what it still owed on to them ({@link
 * PassingOnToSuccessors}).
 */
@Service
public class FollowingTheDirectory implements UnitChangeListener {

  private static final int ATTEMPTS = 5;

  private final ObligationStore obligations;
  private final RequirementTemplates templates;
  private final ClosingObligations closing;
  private final PendingEffects effects;
  private final PassingOnToSuccessors successors;

  FollowingTheDirectory(
      ObligationStore obligations,
      RequirementTemplates templates,
      ClosingObligations closing,
      PendingEffects effects,
      PassingOnToSuccessors successors) {
    this.successors = successors;
    this.obligations = obligations;
    this.templates = templates;
    this.closing = closing;
    this.effects = effects;
  }

  /** Applies a unit change that is the newest known for the unit; returns obligations touched. */
  @Override
  public Mono<Long> onUnitChanged(OrgUnitChanged event) {
    LocalDate day = VietnamTime.dayOf(event.occurredAt());
    if ("CLOSED".equals(event.status())) {
      String key = "c:" + event.eventId();
      return closing
          .closeOpen(where("unitId").is(event.unitId()).and("periodTo").gte(day), key)
          .flatMap(closed -> successors.passOn(event, key).map(opened -> closed + opened));
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
        .filter(o -> !event.path().equals(o.unitPath()))
        .flatMap(
            o -> {
              if (o.hasPendingEffects()) {
                // Its last change is finished first (or, if someone else is at it, waited for).
                return effects
                    .finish(o)
                    .flatMap(
                        finished ->
                            finished
                                ? again(id, event, attempt)
                                : Mono.delay(Duration.ofMillis(50L * attempt))
                                    .then(again(id, event, attempt)));
              }
              return templates.of(o).flatMap(requirement -> moveOnce(o, event, requirement));
            })
        .flatMap(moved -> moved ? Mono.just(true) : again(id, event, attempt));
  }

  /** One compare-and-set moving the whole contribution; false when the obligation changed. */
  private Mono<Boolean> moveOnce(
      ObligationDocument o, OrgUnitChanged event, RequirementDocument requirement) {
    var contribution =
        Contribution.of(
            ObligationState.valueOf(o.state()),
            o.late(),
            o.submittedValues(),
            requirement.indicatorSpecs());
    String key = "m:" + o.id() + "#" + (o.revision() + 1);
    List<String> ancestors = Periods.ancestors(event.path());
    PendingEffects.Claim claim = effects.newClaim();
    Update update =
        new Update()
            .set("unitPath", event.path())
            .set("parentId", event.parentId())
            .set("ancestors", ancestors)
            .set("pendingKey", key)
            .set("pendingDelta", contribution)
            .set("pendingFromAncestors", o.ancestors())
            .set("pendingClaim", claim.token())
            .set("pendingClaimUntil", claim.until());
    PendingEffects.Change change =
        new PendingEffects.Change(
            o.id(),
            o.revision() + 1,
            key,
            o.directiveId(),
            o.requirementId(),
            o.periodKey(),
            ancestors,
            contribution,
            o.ancestors(),
            List.of());
    return obligations
        .compareAndSet(o.id(), o.revision(), update)
        .flatMap(
            written ->
                written ? effects.finishClaimed(change, claim).thenReturn(true) : Mono.just(false));
  }

  private Mono<Boolean> again(String id, OrgUnitChanged event, int attempt) {
    return attempt >= ATTEMPTS
        ? Mono.error(new IllegalStateException("obligation " + id + " kept changing"))
        : Mono.defer(() -> move(id, event, attempt + 1));
  }
}
