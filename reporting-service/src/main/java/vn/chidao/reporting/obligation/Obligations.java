package vn.chidao.reporting.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the {@code obligations} collection, always within one tenant. */
@Component
class Obligations {

  private final ReactiveMongoTemplate mongo;

  Obligations(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The unit's obligations, soonest due first. */
  Mono<ObligationPage> ofUnit(String tenant, String unitId, int page, int size) {
    Query ofUnit = query(where("tenant").is(tenant).and("unitId").is(unitId));
    Query pageOfUnit =
        Query.of(ofUnit).with(Sort.by("dueDate", "_id")).skip((long) page * size).limit(size);
    return Mono.zip(
            mongo.find(pageOfUnit, ObligationDocument.class).map(ObligationItem::of).collectList(),
            mongo.count(ofUnit, ObligationDocument.class))
        .map(found -> new ObligationPage(found.getT1(), page, size, found.getT2()));
  }
}
