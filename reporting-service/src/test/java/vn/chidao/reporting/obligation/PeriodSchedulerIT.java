package vn.chidao.reporting.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.Fixtures;
import vn.chidao.reporting.RunningReportingService;
import vn.chidao.reporting.TestClock;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.period.model.VietnamTime;

/**
 * The scheduled jobs as Spring runs them: it calls a reactive {@code @Scheduled} method once, at
 * start-up, and subscribes the Mono it returned every round. A round subscribed after the clock
 * moved on must work with the new time, not with the time of that first call.
 */
class PeriodSchedulerIT extends RunningReportingService {

  @Autowired PeriodScheduler scheduler;
  @Autowired OpeningObligations opening;
  @Autowired UnitCopies units;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired TestClock clock;

  Fixtures f = new Fixtures();

  @BeforeEach
  void tree() {
    f.units().forEach(u -> units.apply(u).block());
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theRollOverMonoObtainedOnceOpensEachPeriodThatStartedBeforeItsRound() {
    String directive = Fixtures.newId("d");
    opening
        .onDelivered(
            f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.quarterly()))
        .block();
    ObligationDocument first = obligationsOf(directive).get(0);

    Mono<Long> round = scheduler.rollOver(); // as Spring does, once

    moveClockToTheDayAfter(first);
    round.block();
    List<ObligationDocument> afterOne = obligationsOf(directive);
    assertThat(afterOne).hasSize(6);
    ObligationDocument second =
        afterOne.stream()
            .filter(o -> !o.periodKey().equals(first.periodKey()))
            .findFirst()
            .orElseThrow();
    assertThat(afterOne)
        .extracting(ObligationDocument::periodKey)
        .containsOnly(first.periodKey(), second.periodKey());

    // The next round of the same Mono, a quarter later, opens the quarter after.
    moveClockToTheDayAfter(second);
    round.block();
    assertThat(obligationsOf(directive))
        .hasSize(9)
        .filteredOn(o -> o.periodFrom().equals(second.periodTo().plusDays(1)))
        .hasSize(3);
  }

  @Test
  void theSweepMonoObtainedOnceMarksReportsThatFellOverdueBeforeItsRound() {
    String directive = Fixtures.newId("d");
    opening
        .onDelivered(f.delivered(directive, Instant.now(), "IMPLEMENT", f.grassroots(), f.annual()))
        .block();
    List<ObligationDocument> open = obligationsOf(directive);
    assertThat(open).hasSize(3).allMatch(o -> o.dueAt().isAfter(clock.instant()));

    Mono<Long> round = scheduler.sweep(); // as Spring does, once

    moveClockTo(open.get(0).dueAt().plus(Duration.ofHours(1)));
    round.block();
    assertThat(obligationsOf(directive))
        .extracting(ObligationDocument::overdueMark)
        .hasSize(3)
        .doesNotContainNull();
  }

  /** One hour into the first day (in Vietnam) after the obligation's period. */
  private void moveClockToTheDayAfter(ObligationDocument o) {
    moveClockTo(VietnamTime.startOf(o.periodTo().plusDays(1)).plus(Duration.ofHours(1)));
  }

  private void moveClockTo(Instant at) {
    clock.reset();
    clock.shift(Duration.between(Instant.now(), at));
  }

  private List<ObligationDocument> obligationsOf(String directive) {
    return mongo
        .find(query(where("directiveId").is(directive)), ObligationDocument.class)
        .collectList()
        .block();
  }
}
