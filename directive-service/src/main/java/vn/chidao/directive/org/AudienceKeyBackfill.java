package vn.chidao.directive.org;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives {@link AudienceKey} to units copied before it existed, at start-up, in unordered bulk
 * writes of {@link #BATCH}. Each update is a compare-and-set on the copy's {@code updatedAt}, so a
 * change applied meanwhile (which writes its own key) is never overwritten with older values; a
 * second run, or two instances at once, change nothing twice. Until it is done, a delivery that
 * meets a unit without the key stops and is resumed by the relay.
 */
@Component
public class AudienceKeyBackfill {

  static final int BATCH = 500;

  private static final Logger log = LoggerFactory.getLogger(AudienceKeyBackfill.class);

  private final ReactiveMongoTemplate mongo;

  AudienceKeyBackfill(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    run()
        .subscribe(
            filled -> {
              if (filled > 0) {
                log.info("Audience key given to {} unit(s) of the read copy", filled);
              }
            },
            error -> log.warn("Audience key back-fill stopped: {}", error.toString()));
  }

  /** Fills every unit without the key; answers how many it covered. */
  public Mono<Long> run() {
    Query missing = query(where(AudienceKey.FIELD).is(null));
    missing.fields().include("tenant", "path", "kind", "status", "updatedAt");
    return mongo
        .find(missing, Document.class, UnitDocument.COLLECTION)
        .buffer(BATCH)
        .concatMap(this::fill)
        .reduce(0L, Long::sum);
  }

  private Mono<Long> fill(List<Document> units) {
    var bulk = mongo.bulkOps(BulkMode.UNORDERED, UnitDocument.COLLECTION);
    for (Document unit : units) {
      bulk.updateOne(
          query(where("_id").is(unit.get("_id")).and("updatedAt").is(unit.get("updatedAt"))),
          Update.update(
              AudienceKey.FIELD,
              AudienceKey.of(
                  unit.getString("status"),
                  unit.getString("kind"),
                  unit.getString("path"),
                  unit.getString("tenant"))));
    }
    // The count of this batch, not the server's modified count (unreliable on some servers).
    return bulk.execute().thenReturn((long) units.size());
  }
}
