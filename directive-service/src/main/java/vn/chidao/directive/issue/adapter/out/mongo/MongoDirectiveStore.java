package vn.chidao.directive.issue.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument.DeliveryProgressDocument;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument.WithdrawalDocument;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.Withdrawal;

/** Directives in the {@code directives} collection, each with its outbox of pending events. */
@Component
class MongoDirectiveStore implements DirectiveStore {

  static final String ISSUED = DirectiveIssued.class.getSimpleName();

  /** A withdrawal whose {@code DirectiveRecalled} batches are still to be published. */
  public static final String RECALL_PENDING = "PENDING";

  private final ReactiveMongoTemplate mongo;

  MongoDirectiveStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Directive> insertIssued(Directive directive, int audience, int batches) {
    PendingEvent issued = new PendingEvent(directive.issuedEventId(), ISSUED, directive.issuedAt());
    var delivery =
        new DeliveryProgressDocument(
            DeliveryProgressDocument.DELIVERING,
            audience,
            batches,
            directive.issuedAt(),
            null,
            List.of(),
            0,
            List.of());
    return mongo
        .insert(DirectiveDocuments.toDocument(directive, List.of(issued), delivery))
        .map(DirectiveDocuments::toModel);
  }

  @Override
  public Mono<Directive> findById(String id) {
    return mongo.findById(id, DirectiveDocument.class).map(DirectiveDocuments::toModel);
  }

  @Override
  public Flux<Directive> findByIds(Collection<String> ids) {
    return mongo
        .find(query(where("_id").in(ids)), DirectiveDocument.class)
        .map(DirectiveDocuments::toModel);
  }

  @Override
  public Flux<Directive> findCiting(Collection<String> parentIds) {
    return mongo
        .find(
            query(where(DirectiveDocument.PARENT_IDS).in(parentIds))
                .with(Sort.by("issuedAt").ascending()),
            DirectiveDocument.class)
        .map(DirectiveDocuments::toModel);
  }

  @Override
  public Flux<Directive> findUnpublished(Instant before, int limit) {
    var pending =
        query(
                where(DirectiveDocument.PENDING_EVENTS)
                    .elemMatch(where("type").is(ISSUED).and("since").lt(before)))
            .with(Sort.by("issuedAt").ascending())
            .limit(limit);
    return mongo.find(pending, DirectiveDocument.class).map(DirectiveDocuments::toModel);
  }

  @Override
  public Mono<Void> markPublished(String directiveId, String eventId) {
    var confirmed =
        new Update().pull(DirectiveDocument.PENDING_EVENTS, new Document("eventId", eventId));
    return mongo
        .updateFirst(query(where("_id").is(directiveId)), confirmed, DirectiveDocument.class)
        .then();
  }

  @Override
  public Mono<Boolean> withdraw(String id, Withdrawal withdrawal) {
    var inForce = query(where("_id").is(id).and(DirectiveDocument.STATUS).is("ISSUED"));
    var ended =
        new Update()
            .set(DirectiveDocument.STATUS, withdrawal.status().name())
            .set(
                DirectiveDocument.WITHDRAWAL,
                new WithdrawalDocument(
                    withdrawal.status().name(),
                    withdrawal.reason(),
                    withdrawal.at(),
                    withdrawal.by(),
                    withdrawal.replacedById(),
                    withdrawal.replacedBySymbol()))
            .set(DirectiveDocument.RECALL_STATE, RECALL_PENDING);
    return mongo
        .updateFirst(inForce, ended, DirectiveDocument.class)
        .map(result -> result.getModifiedCount() == 1);
  }

  @Override
  public Mono<Void> flagUpstreamRecalled(Collection<String> ids, String recalledId) {
    if (ids.isEmpty()) {
      return Mono.empty();
    }
    return mongo
        .updateMulti(
            query(where("_id").in(ids)),
            new Update().addToSet(DirectiveDocument.UPSTREAM_RECALLED, recalledId),
            DirectiveDocument.class)
        .then();
  }
}
