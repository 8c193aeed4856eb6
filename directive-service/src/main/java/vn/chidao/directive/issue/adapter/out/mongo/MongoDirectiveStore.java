package vn.chidao.directive.issue.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DirectiveStatus;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.SearchText;
import vn.chidao.directive.issue.model.Secrecy;
import vn.chidao.directive.issue.model.Urgency;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.SequenceKey;

/** Directives in the {@code directives} collection, each with its outbox of pending events. */
@Component
class MongoDirectiveStore implements DirectiveStore {

  static final String ISSUED = DirectiveIssued.class.getSimpleName();

  private final ReactiveMongoTemplate mongo;

  MongoDirectiveStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Directive> insertIssued(Directive directive) {
    PendingEvent issued = new PendingEvent(directive.issuedEventId(), ISSUED, directive.issuedAt());
    return mongo.insert(toDocument(directive, List.of(issued))).map(MongoDirectiveStore::toModel);
  }

  @Override
  public Mono<Directive> findById(String id) {
    return mongo.findById(id, DirectiveDocument.class).map(MongoDirectiveStore::toModel);
  }

  @Override
  public Flux<Directive> findUnpublished(Instant before, int limit) {
    var pending =
        query(
                where(DirectiveDocument.PENDING_EVENTS)
                    .elemMatch(where("type").is(ISSUED).and("since").lt(before)))
            .with(Sort.by("issuedAt").ascending())
            .limit(limit);
    return mongo.find(pending, DirectiveDocument.class).map(MongoDirectiveStore::toModel);
  }

  @Override
  public Mono<Void> markPublished(String directiveId, String eventId) {
    var confirmed =
        new Update().pull(DirectiveDocument.PENDING_EVENTS, new Document("eventId", eventId));
    return mongo
        .updateFirst(query(where("_id").is(directiveId)), confirmed, DirectiveDocument.class)
        .then();
  }

  static DirectiveDocument toDocument(Directive directive, List<PendingEvent> pending) {
    DirectiveContent content = directive.content();
    DocumentNumber number = directive.number();
    return new DirectiveDocument(
        directive.id(),
        directive.tenant(),
        content.docType().code(),
        content.subject(),
        content.body(),
        content.urgency().name(),
        content.secrecy().name(),
        content.place(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.recipientUnitIds(),
        directive.recipientTenants(),
        directive.issuedBy(),
        directive.issuedAt(),
        directive.status().name(),
        directive.issuedEventId(),
        number == null ? null : number.number(),
        number == null ? null : number.symbol(),
        number == null ? null : number.sequence().value(),
        number == null ? null : number.placeAndDate(),
        SearchText.of(directive.symbol(), content.subject(), content.body()),
        pending);
  }

  static Directive toModel(DirectiveDocument document) {
    return new Directive(
        document.id(),
        document.tenant(),
        new DirectiveContent(
            DocType.ofCode(document.docType()),
            document.subject(),
            document.body(),
            Urgency.valueOf(document.urgency()),
            document.secrecy() == null ? Secrecy.NONE : Secrecy.valueOf(document.secrecy()),
            document.place()),
        document.issuerUnitId(),
        document.issuerUnitName(),
        document.recipientUnitIds(),
        document.recipientTenants(),
        document.issuedBy(),
        document.issuedAt(),
        DirectiveStatus.valueOf(document.status()),
        document.issuedEventId(),
        numberOf(document));
  }

  private static DocumentNumber numberOf(DirectiveDocument document) {
    if (document.number() == null || document.symbol() == null) {
      return null;
    }
    return new DocumentNumber(
        new SequenceKey(document.sequence()),
        document.number(),
        document.symbol(),
        document.placeAndDate() == null ? "" : document.placeAndDate());
  }
}
