package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.tally.Counters;

/**
 * A recalled (or superseded) directive no longer demands reports: its open obligations in the
 * recalled batch of units are closed, and no later period is opened. Reports already submitted or
 * accepted stay as they are.
 *
 * <p>Each source state is closed with one multi-document update that records the batch and the
 * state it closed from; the totals are then corrected for exactly the obligations carrying this
 * batch's mark, under the batch's key — so a redelivered batch changes nothing more.
 */
@Service
public class ClosingObligations {

  private static final List<ObligationState> OPEN =
      List.of(ObligationState.PENDING, ObligationState.DRAFT, ObligationState.RETURNED);

  private final ReactiveMongoTemplate mongo;
  private final ObligationStore obligations;
  private final Counters counters;

  ClosingObligations(ReactiveMongoTemplate mongo, ObligationStore obligations, Counters counters) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.counters = counters;
  }

  /**
   * @return how many obligations carry this batch's close mark
   */
  public Mono<Integer> onRecalled(DirectiveRecalled event) {
    if (event.eventId() == null || event.directiveId() == null) {
      return Mono.error(new IllegalArgumentException("DirectiveRecalled without ids"));
    }
    String key = "x:" + event.eventId();
    Mono<Void> stopRollOver =
        mongo
            .updateMulti(
                query(where("directiveId").is(event.directiveId())),
                Update.update("recalled", true),
                RequirementDocument.class)
            .then();
    Criteria reached =
        where("directiveId").is(event.directiveId()).and("unitId").in(event.unitIds());
    return stopRollOver.then(closeOpen(reached, key));
  }

  /**
   * Closes the open obligations matching {@code scope} under the change key {@code key} and takes
   * them out of the totals; repeating it with the same key changes nothing more.
   */
  Mono<Integer> closeOpen(Criteria scope, String key) {
    Mono<Void> close =
        Flux.fromIterable(OPEN)
            .concatMap(
                state ->
                    obligations.updateAll(
                        query(new Criteria().andOperator(scope, where("state").is(state.name()))),
                        new Update()
                            .set("state", ObligationState.CLOSED.name())
                            .set("closedBy", key)
                            .set("closedFrom", state.name())
                            .inc("revision", 1)))
            .then();
    return close
        .thenMany(
            obligations.find(query(new Criteria().andOperator(scope, where("closedBy").is(key)))))
        .collectList()
        .flatMap(
            closed ->
                counters
                    .apply(key, closed.stream().map(ClosingObligations::closing).toList())
                    .thenReturn(closed.size()));
  }

  private static Counters.Change closing(ObligationDocument o) {
    var before =
        Contribution.of(ObligationState.valueOf(o.closedFrom()), o.late(), null, List.of());
    var after = Contribution.of(ObligationState.CLOSED, o.late(), null, List.of());
    return new Counters.Change(
        o.directiveId(),
        o.requirementId(),
        o.periodKey(),
        o.ancestors(),
        Contribution.delta(before, after));
  }
}
