package vn.chidao.directive.delivery.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import vn.chidao.directive.delivery.application.AudienceSource;
import vn.chidao.directive.delivery.model.CandidateUnit;
import vn.chidao.directive.org.PathPrefix;
import vn.chidao.directive.org.UnitDocument;

/**
 * Subtrees of the read copy by materialized path prefix (an anchored regex, which a real MongoDB
 * answers from an index on {@code path}), only the fields a delivery needs.
 */
@Component
class MongoAudienceSource implements AudienceSource {

  private final ReactiveMongoTemplate mongo;

  MongoAudienceSource(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Flux<CandidateUnit> subtree(String path, List<String> kinds) {
    Criteria criteria =
        where("path").regex(PathPrefix.of(path)).and("status").is(UnitDocument.ACTIVE);
    if (!kinds.isEmpty()) {
      criteria = criteria.and("kind").in(kinds);
    }
    Query subtree = query(criteria);
    subtree.fields().include("_id", "tenant", "path", "kind");
    return mongo
        .find(subtree, Document.class, UnitDocument.COLLECTION)
        .map(
            doc ->
                new CandidateUnit(
                    doc.getString("_id"),
                    doc.getString("tenant"),
                    doc.getString("path"),
                    doc.getString("kind")));
  }
}
