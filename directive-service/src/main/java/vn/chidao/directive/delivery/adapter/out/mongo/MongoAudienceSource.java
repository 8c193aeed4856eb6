package vn.chidao.directive.delivery.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import vn.chidao.directive.delivery.application.AudienceSource;
import vn.chidao.directive.delivery.model.CandidateUnit;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Scope;
import vn.chidao.directive.issue.model.Unit;
import vn.chidao.directive.org.PathPrefix;
import vn.chidao.directive.org.UnitDocument;

/**
 * One query over the read copy: open units that are a named unit ({@code _id}) or lie in a named
 * subtree (anchored path-prefix regex, which a real MongoDB answers from an index on {@code path};
 * optionally of given kinds), {@code $or}-ed, so each unit comes once; only the fields a delivery
 * needs.
 */
@Component
class MongoAudienceSource implements AudienceSource {

  private static final int READ_BATCH = 10_000;

  private final ReactiveMongoTemplate mongo;

  MongoAudienceSource(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Flux<CandidateUnit> reachable(Collection<Map.Entry<Recipient, Unit>> entries) {
    List<Criteria> alternatives =
        entries.stream()
            .map(
                entry -> {
                  Recipient recipient = entry.getKey();
                  if (recipient.scope() == Scope.UNIT) {
                    return where("_id").is(recipient.unitId());
                  }
                  Criteria subtree = where("path").regex(PathPrefix.of(entry.getValue().path()));
                  return recipient.kinds().isEmpty()
                      ? subtree
                      : subtree.and("kind").in(recipient.kinds());
                })
            .toList();
    Criteria open = where("status").is(UnitDocument.ACTIVE);
    Query reachable =
        query(
            alternatives.size() == 1
                ? open.andOperator(alternatives.get(0))
                : open.orOperator(alternatives));
    reachable.fields().include("_id", "tenant", "path", "kind");
    // The reactive driver asks the server for as many documents as downstream demands; a small
    // demand (a delivery writing a few batches at a time) would mean one round trip per few dozen
    // units. Large cursor batches and demand keep a national read to a few dozen round trips.
    reachable.cursorBatchSize(READ_BATCH);
    return mongo
        .find(reachable, Document.class, UnitDocument.COLLECTION)
        .limitRate(READ_BATCH)
        .map(
            doc ->
                new CandidateUnit(
                    doc.getString("_id"),
                    doc.getString("tenant"),
                    doc.getString("path"),
                    doc.getString("kind")));
  }
}
