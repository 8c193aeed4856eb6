package vn.chidao.reporting.directive;

import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveIssued;

/** The {@code directives} collection: one document per issued directive, written once. */
@Component
public class DirectiveCopies {

  private final ReactiveMongoTemplate mongo;

  /**
   * The unique index on {@code eventId} must exist before the first insert, or a duplicate could
   * slip in. Created on first use without blocking start-up; kept once it succeeded, attempted
   * again after a failure.
   */
  private final Mono<String> eventIdIsUnique;

  DirectiveCopies(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
    this.eventIdIsUnique =
        mongo
            .indexOps(DirectiveCopy.class)
            .createIndex(new Index("eventId", Sort.Direction.ASC).unique().named("eventId_unique"))
            .cache(
                created -> Duration.ofMillis(Long.MAX_VALUE),
                failed -> Duration.ZERO,
                () -> Duration.ZERO);
  }

  /**
   * Stores the directive once. A second delivery of the same event (same {@code eventId}, same
   * directive) hits a unique index and changes nothing.
   *
   * @return true when stored, false for a duplicate
   */
  public Mono<Boolean> record(DirectiveIssued event) {
    if (event.eventId() == null || event.directiveId() == null) {
      return Mono.error(
          new IllegalArgumentException("DirectiveIssued without eventId/directiveId"));
    }
    DirectiveCopy copy =
        new DirectiveCopy(
            event.directiveId(),
            event.eventId(),
            event.tenant(),
            event.docType(),
            event.symbol(),
            event.subject(),
            event.issuerUnitId(),
            event.recipientUnitIds(),
            event.occurredAt());
    return eventIdIsUnique
        .then(mongo.insert(copy))
        .thenReturn(true)
        .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
  }

  public Mono<DirectiveCopy> find(String directiveId) {
    return mongo.findById(directiveId, DirectiveCopy.class);
  }
}
