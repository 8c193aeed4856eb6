package vn.chidao.directive.draft;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.directive.issue.adapter.in.web.IssueDirectiveRequest;

/**
 * Drafts in {@code directive_drafts}; the request is kept as the JSON the API accepts, so a draft
 * reads back exactly as it was written. Every change of state is a compare-and-set on {@code
 * status}.
 */
@Component
class DraftStore {

  static final String COLLECTION = "directive_drafts";

  private final ReactiveMongoTemplate mongo;
  private final JsonMapper json;

  DraftStore(ReactiveMongoTemplate mongo, JsonMapper json) {
    this.mongo = mongo;
    this.json = json;
  }

  Mono<Draft> insert(Draft draft) {
    return mongo.insert(toDocument(draft), COLLECTION).thenReturn(draft);
  }

  Mono<Draft> find(String id) {
    return mongo.findById(id, Document.class, COLLECTION).map(this::toDraft);
  }

  /** The unit's drafts still being written, last edited first. */
  Flux<Draft> ofUnit(String unitId, String tenant, int page, int size) {
    Query drafts =
        query(
                where("issuerUnitId")
                    .is(unitId)
                    .and("tenant")
                    .is(tenant)
                    .and("status")
                    .is(Draft.DRAFT))
            .with(Sort.by(Sort.Order.desc("updatedAt")))
            .skip((long) page * size)
            .limit(size);
    return mongo.find(drafts, Document.class, COLLECTION).map(this::toDraft);
  }

  /** Replaces the content while it is a draft; false when it no longer is. */
  Mono<Boolean> replace(String id, IssueDirectiveRequest content, String by, Instant at) {
    return mongo
        .updateFirst(
            query(where("_id").is(id).and("status").is(Draft.DRAFT)),
            new Update()
                .set("content", json.writeValueAsString(content))
                .set("updatedBy", by)
                .set("updatedAt", Date.from(at)),
            COLLECTION)
        .map(result -> result.getModifiedCount() == 1);
  }

  /**
   * Claims it for an issue ({@code DRAFT → ISSUING}) and notes when; false when it was no longer a
   * draft.
   */
  Mono<Boolean> claim(String id, Instant at) {
    return mongo
        .updateFirst(
            query(where("_id").is(id).and("status").is(Draft.DRAFT)),
            new Update().set("status", Draft.ISSUING).set("claimedAt", Date.from(at)),
            COLLECTION)
        .map(result -> result.getModifiedCount() == 1);
  }

  /**
   * Ids of the drafts claimed for an issue before {@code claimedBefore} and still {@code ISSUING}
   * (a claim without a time counts as old). Few at any time, so they are filtered here.
   */
  Flux<String> issuingSince(Instant claimedBefore) {
    Query issuing = query(where("status").is(Draft.ISSUING));
    issuing.fields().include("_id", "claimedAt");
    return mongo
        .find(issuing, Document.class, COLLECTION)
        .filter(
            doc ->
                doc.getDate("claimedAt") == null
                    || doc.getDate("claimedAt").toInstant().isBefore(claimedBefore))
        .map(doc -> doc.getString("_id"));
  }

  /** Moves it from one state to another; false when it was not in {@code from}. */
  Mono<Boolean> move(String id, String from, String to, String directiveId) {
    Update update = new Update().set("status", to);
    if (directiveId != null) {
      update.set("issuedDirectiveId", directiveId);
    }
    return mongo
        .updateFirst(query(where("_id").is(id).and("status").is(from)), update, COLLECTION)
        .map(result -> result.getModifiedCount() == 1);
  }

  /** Removes it while it is a draft; false when it no longer is. */
  Mono<Boolean> discard(String id) {
    return mongo
        .remove(query(where("_id").is(id).and("status").is(Draft.DRAFT)), COLLECTION)
        .map(result -> result.getDeletedCount() == 1);
  }

  private Document toDocument(Draft draft) {
    return new Document("_id", draft.id())
        .append("issuerUnitId", draft.issuerUnitId())
        .append("tenant", draft.tenant())
        .append("createdBy", draft.createdBy())
        .append("createdAt", Date.from(draft.createdAt()))
        .append("updatedBy", draft.updatedBy())
        .append("updatedAt", Date.from(draft.updatedAt()))
        .append("status", draft.status())
        .append("issuedDirectiveId", draft.issuedDirectiveId())
        .append("content", json.writeValueAsString(draft.content()));
  }

  private Draft toDraft(Document doc) {
    return new Draft(
        doc.getString("_id"),
        doc.getString("issuerUnitId"),
        doc.getString("tenant"),
        doc.getString("createdBy"),
        doc.getDate("createdAt").toInstant(),
        doc.getString("updatedBy"),
        doc.getDate("updatedAt").toInstant(),
        doc.getString("status"),
        doc.getString("issuedDirectiveId"),
        json.readValue(doc.getString("content"), IssueDirectiveRequest.class));
  }
}
