package vn.chidao.reporting.store;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The indexes the service's queries need, created at start-up (creating an index that exists is a
 * no-op, so every start does it). None is needed for correctness.
 *
 * <p>Two kinds. Secondary indexes for the queries of a real MongoDB (lists, reviews, sweeps). And
 * unique indexes that start with {@code _id} — unique anyway, so they never refuse a write — whose
 * keys are exactly those of a hot conditional write: compare-and-set of an obligation {@code {_id,
 * revision}}, clearing or taking over its pending change {@code {_id, revision, pendingClaim}},
 * compare-and-set of a counter {@code {_id, v}}. The in-process test server builds only unique
 * indexes and uses one only when a query names exactly its fields; without these it would scan the
 * whole collection for every submission. A real MongoDB finds those documents by {@code _id} alone.
 */
@Component
class Indexes {

  private static final Logger log = LoggerFactory.getLogger(Indexes.class);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private record Declared(
      String collection, String name, Document keys, boolean sparse, boolean unique) {}

  static final List<Declared> DECLARED =
      List.of(
          unique("obligations", "id_revision", "_id", "revision"),
          unique("obligations", "id_revision_claim", "_id", "revision", "pendingClaim"),
          unique("counters", "id_version", "_id", "v"),
          // A unit's obligations, soonest due first.
          on("obligations", "tenant_unit_due", "tenant", "unitId", "dueAt", "_id"),
          // Recall of a directive for a batch of units.
          on("obligations", "directive_unit", "directiveId", "unitId"),
          // A unit moved or closed: its obligations of running periods.
          on("obligations", "unit_periodTo", "unitId", "periodTo"),
          // Deadline sweep and the marks it leaves.
          on("obligations", "state_due", "state", "dueAt"),
          on("obligations", "dueSoonMark", "dueSoonMark"),
          on("obligations", "overdueMark", "overdueMark"),
          sparse("obligations", "pendingKey", "pendingKey"),
          // Reports waiting for review by the receiving unit.
          on("obligations", "reportTo_state", "reportToUnitId", "state"),
          on("obligations", "via_state", "viaUnitId", "state"),
          on("report_versions", "obligation_version", "obligationId", "version"),
          on("reporters", "requirement_id", "requirementKey", "_id"),
          // A merged unit's requirements, handed to its successors.
          on("reporters", "unitId", "unitId"),
          on("counters", "parentId", "parentId"),
          on("units", "parentId", "parentId", "_id"),
          on("outbox", "createdAt", "createdAt"),
          on("sweeps", "emitted", "emitted"));

  private final ReactiveMongoTemplate mongo;

  Indexes(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Declares them once the application is ready, in the background: requests are already served by
   * then (the indexes speed lookups up, correctness never depends on them), so nothing waits; a
   * build still running after {@link #WAIT} is only logged.
   */
  @EventListener(ApplicationReadyEvent.class)
  void create() {
    Flux.fromIterable(DECLARED)
        .concatMap(
            d ->
                mongo
                    .indexOps(d.collection())
                    .createIndex(definition(d))
                    .onErrorResume(
                        e -> {
                          log.warn(
                              "Index {} on {} not created: {}",
                              d.name(),
                              d.collection(),
                              e.toString());
                          return Mono.empty();
                        }))
        .then()
        .timeout(WAIT, Mono.fromRunnable(() -> log.warn("Indexes still being built")))
        .subscribe();
  }

  private static IndexDefinition definition(Declared d) {
    CompoundIndexDefinition index = new CompoundIndexDefinition(d.keys());
    index.named(d.name());
    if (d.sparse()) {
      index.sparse();
    }
    if (d.unique()) {
      index.unique();
    }
    return index;
  }

  private static Declared on(String collection, String name, String... fields) {
    Document keys = new Document();
    for (String field : fields) {
      keys.append(field, 1);
    }
    return new Declared(collection, name, keys, false, false);
  }

  private static Declared unique(String collection, String name, String... fields) {
    Declared plain = on(collection, name, fields);
    return new Declared(collection, name, plain.keys(), false, true);
  }

  private static Declared sparse(String collection, String name, String field) {
    return new Declared(collection, name, new Document(field, 1), true, false);
  }
}
