package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.period.model.ReportingPeriod;
import vn.chidao.reporting.period.model.VietnamTime;

/**
 * Opens the next period of every live requirement once it has started (in Vietnam time), for the
 * units registered as its reporters, page by page in id order. Each page is a batch keyed by the
 * period and its first reporter, so a round cut short by a crash is simply repeated: obligations
 * and counts already there stay as they are. The requirement remembers the last period opened only
 * after all pages are done.
 */
@Service
public class RollingOverPeriods {

  private static final Logger log = LoggerFactory.getLogger(RollingOverPeriods.class);
  static final int PAGE = 1_000;

  private final ReactiveMongoTemplate mongo;
  private final OpeningObligations opening;
  private final UnitCopies units;
  private final Clock clock;

  RollingOverPeriods(
      ReactiveMongoTemplate mongo, OpeningObligations opening, UnitCopies units, Clock clock) {
    this.mongo = mongo;
    this.opening = opening;
    this.units = units;
    this.clock = clock;
  }

  /**
   * One round over all requirements; returns how many obligations it opened. The day is read when
   * the round is subscribed, not when the Mono is built: a caller may subscribe it again later.
   */
  public Mono<Long> rollOver() {
    return Mono.defer(
        () -> {
          LocalDate today = VietnamTime.dayOf(clock.instant());
          Query live = query(where("recalled").is(false).and("openedThroughTo").ne(null));
          return mongo
              .find(live, RequirementDocument.class)
              .concatMap(requirement -> rollOver(requirement, today))
              .reduce(0L, Long::sum);
        });
  }

  private Mono<Long> rollOver(RequirementDocument requirement, LocalDate today) {
    Optional<ReportingPeriod> next =
        requirement
            .periodRule()
            .periodFor(requirement.openedThroughTo().plusDays(1))
            .filter(period -> period.to().isAfter(requirement.openedThroughTo()))
            .filter(period -> period.hasStartedBy(today));
    if (next.isEmpty()) {
      return Mono.just(0L);
    }
    ReportingPeriod period = next.get();
    return openForAllReporters(requirement, period, null, 0L)
        .flatMap(
            opened ->
                opening
                    .advance(requirement.id(), period.to())
                    .doOnSuccess(
                        done ->
                            log.info(
                                "Period {} of {} opened: {} obligation(s)",
                                period.key(),
                                requirement.id(),
                                opened))
                    .thenReturn(opened))
        // A requirement several periods behind (service stopped for months) catches up.
        .flatMap(
            opened ->
                mongo
                    .findById(requirement.id(), RequirementDocument.class)
                    .flatMap(again -> rollOver(again, today))
                    .map(more -> more + opened)
                    .defaultIfEmpty(opened));
  }

  private Mono<Long> openForAllReporters(
      RequirementDocument requirement, ReportingPeriod period, String after, long sofar) {
    Criteria ofRequirement = where("requirementKey").is(requirement.id());
    if (after != null) {
      ofRequirement = ofRequirement.and("_id").gt(after);
    }
    Query page = query(ofRequirement).with(Sort.by("_id")).limit(PAGE);
    return mongo
        .find(page, ReporterDocument.class)
        .collectList()
        .flatMap(
            reporters -> {
              if (reporters.isEmpty()) {
                return Mono.just(sofar);
              }
              String batchKey =
                  "r:" + requirement.id() + "~" + period.key() + "~" + reporters.get(0).unitId();
              List<String> ids = reporters.stream().map(ReporterDocument::unitId).toList();
              String last = reporters.get(reporters.size() - 1).id();
              return units
                  .findAll(ids)
                  .filter(unit -> !"CLOSED".equals(unit.status()))
                  .collectList()
                  .flatMap(found -> opening.open(requirement, period, found, batchKey))
                  .flatMap(
                      opened ->
                          reporters.size() < PAGE
                              ? Mono.just(sofar + opened)
                              : openForAllReporters(requirement, period, last, sofar + opened));
            });
  }

  Flux<RequirementDocument> requirements() {
    return mongo.findAll(RequirementDocument.class);
  }
}
