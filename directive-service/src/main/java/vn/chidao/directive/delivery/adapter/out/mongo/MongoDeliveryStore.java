package vn.chidao.directive.delivery.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.application.DeliveryStore;
import vn.chidao.directive.delivery.model.AudienceMember;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.delivery.model.PlannedBatch;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.delivery.model.RecordedBatch;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.issue.model.Purpose;

/** The delivery feature's collections (see {@link DeliveryCollections}) and its job fields. */
@Component
class MongoDeliveryStore implements DeliveryStore {

  private static final String DIRECTIVES = DirectiveDocument.COLLECTION;
  private static final String JOB = DirectiveDocument.DELIVERY;
  private static final String STATE = JOB + ".state";
  private static final String RECALL_ANNOUNCED = JOB + ".recallAnnounced";
  private static final String LEGACY_PLANNED = "planned";
  private static final String UNIT_IDS = "unitIds";

  private final ReactiveMongoTemplate mongo;

  MongoDeliveryStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Void> writeRows(String directiveId, PlannedBatch batch, Instant deliveredAt) {
    Date at = Date.from(deliveredAt);
    List<Document> rows = new ArrayList<>(batch.members().size());
    for (AudienceMember member : batch.members()) {
      rows.add(
          new Document("_id", DeliveryCollections.rowId(directiveId, member.unitId()))
              .append("directiveId", directiveId)
              .append("unitId", member.unitId())
              .append("tenant", member.tenant())
              .append("path", member.path())
              .append("purpose", member.purpose().name())
              .append("batch", batch.number())
              .append("deliveredAt", at));
    }
    return BulkInserts.insertAll(mongo, DeliveryCollections.DELIVERIES, rows);
  }

  /**
   * One small document per batch, inserted (several in one unordered insert): its {@code _id}
   * (directive + number) is unique, so a second run that reaches the same number is told so by a
   * duplicate key. The directive's own document is not touched batch by batch (the in-process test
   * server rewrites a whole document on every update, and a growing array made that cost grow with
   * the job).
   */
  @Override
  public Mono<Boolean> recordBatches(String directiveId, List<RecordedBatch> batches) {
    if (batches.isEmpty()) {
      return Mono.just(true);
    }
    List<Document> recorded = new ArrayList<>(batches.size());
    for (RecordedBatch batch : batches) {
      recorded.add(
          new Document("_id", DeliveryCollections.batchId(directiveId, batch.number()))
              .append("directiveId", directiveId)
              .append("n", batch.number())
              .append("purpose", batch.purpose().name())
              .append(UNIT_IDS, DeliveryCollections.joinIds(batch.unitIds()))
              .append("published", false));
    }
    return mongo
        .getCollection(DeliveryCollections.BATCHES)
        .flatMap(
            target ->
                Mono.from(target.insertMany(recorded, new InsertManyOptions().ordered(false))))
        .thenReturn(true)
        .onErrorResume(BulkInserts::onlyDuplicates, duplicate -> Mono.just(false));
  }

  /**
   * One unordered bulk of upserts: {@code $set} the audience, {@code $inc} the steps by zero, so a
   * counter that a receipt created first keeps its count and a rerun changes nothing.
   */
  @Override
  public Mono<Void> saveCounters(String directiveId, List<ReceiptNodes.Node> nodes) {
    if (nodes.isEmpty()) {
      return Mono.empty();
    }
    List<UpdateOneModel<Document>> upserts = new ArrayList<>(nodes.size());
    for (ReceiptNodes.Node node : nodes) {
      upserts.add(
          new UpdateOneModel<>(
              new Document("_id", DeliveryCollections.counterId(directiveId, node.unitId())),
              new Document(
                      "$set",
                      new Document("directiveId", directiveId)
                          .append("unitId", node.unitId())
                          .append("parentUnitId", node.parentUnitId())
                          .append("audience", node.audience()))
                  .append(
                      "$inc",
                      new Document("read", 0)
                          .append("acknowledged", 0)
                          .append("forwarded", 0)
                          .append("implemented", 0)),
              new UpdateOptions().upsert(true)));
    }
    return mongo
        .getCollection(DeliveryCollections.COUNTS)
        .flatMap(
            counts -> Mono.from(counts.bulkWrite(upserts, new BulkWriteOptions().ordered(false))))
        .then();
  }

  @Override
  public Mono<Void> resolve(String directiveId, int audience, int batches) {
    return mongo
        .updateFirst(
            query(where("_id").is(directiveId)),
            new Update()
                .set(JOB + ".audience", audience)
                .set(JOB + ".batches", batches)
                .set(JOB + ".resolved", true),
            DIRECTIVES)
        .then();
  }

  /**
   * The batch documents (and a legacy plan in the directive's document) with their units; a batch
   * recorded without its units' ids (by an earlier version) takes them from its rows.
   */
  @Override
  public Flux<RecordedBatch> recordedBatches(String directiveId) {
    Query byId = query(where("_id").is(directiveId));
    byId.fields().include(JOB);
    Mono<List<Document>> legacy =
        mongo
            .findOne(byId, Document.class, DIRECTIVES)
            .mapNotNull(doc -> doc.get(JOB, Document.class))
            .map(MongoDeliveryStore::legacyPlan)
            .defaultIfEmpty(List.of());
    return legacy
        .flatMapMany(
            plan -> Flux.fromIterable(plan).concatWith(batches(directiveId, new Document())))
        .collectList()
        .flatMapMany(
            records -> {
              Map<Integer, Document> withoutIds = new TreeMap<>();
              List<RecordedBatch> batches = new ArrayList<>();
              for (Document record : records) {
                String ids = record.getString(UNIT_IDS);
                if (ids == null) {
                  withoutIds.put(record.getInteger("n"), record);
                } else {
                  batches.add(recorded(record, DeliveryCollections.splitIds(ids)));
                }
              }
              return Flux.fromIterable(batches)
                  .concatWith(
                      storedBatches(directiveId, withoutIds.keySet())
                          .map(rows -> recorded(withoutIds.get(rows.number()), rows.unitIds())));
            });
  }

  private static RecordedBatch recorded(Document record, List<String> unitIds) {
    return new RecordedBatch(
        record.getInteger("n"), Purpose.valueOf(record.getString("purpose")), unitIds);
  }

  /** One pass over the directive's rows of those batches, grouped back into batches. */
  @Override
  public Flux<PlannedBatch> storedBatches(String directiveId, Collection<Integer> numbers) {
    if (numbers.isEmpty()) {
      return Flux.empty();
    }
    Query rows = query(where("directiveId").is(directiveId).and("batch").in(numbers));
    rows.fields().include("unitId", "tenant", "path", "purpose", "batch");
    return mongo
        .find(rows, Document.class, DeliveryCollections.DELIVERIES)
        .collect(
            TreeMap<Integer, List<AudienceMember>>::new,
            (byBatch, row) ->
                byBatch
                    .computeIfAbsent(row.getInteger("batch"), n -> new ArrayList<>())
                    .add(
                        new AudienceMember(
                            row.getString("unitId"),
                            row.getString("tenant"),
                            row.getString("path"),
                            Purpose.valueOf(row.getString("purpose")))))
        .flatMapIterable(Map::entrySet)
        .map(
            entry ->
                new PlannedBatch(
                    entry.getKey(), entry.getValue().get(0).purpose(), entry.getValue()));
  }

  /**
   * Marks the batches' documents published. By {@code _id} alone (setting the same values again
   * changes nothing): the in-process test server uses its {@code _id} index only for a filter on
   * {@code _id} alone, and with another condition scanned every batch document of every directive
   * for each mark.
   */
  @Override
  public Mono<Void> markPublished(String directiveId, Map<Integer, Integer> unitsByBatch) {
    if (unitsByBatch.isEmpty()) {
      return Mono.empty();
    }
    List<UpdateOneModel<Document>> marks = new ArrayList<>(unitsByBatch.size());
    unitsByBatch.forEach(
        (batch, units) ->
            marks.add(
                new UpdateOneModel<>(
                    new Document("_id", DeliveryCollections.batchId(directiveId, batch)),
                    new Document("$set", new Document("published", true).append("units", units)))));
    return mongo
        .getCollection(DeliveryCollections.BATCHES)
        .flatMap(
            batches -> Mono.from(batches.bulkWrite(marks, new BulkWriteOptions().ordered(false))))
        .then();
  }

  @Override
  public Mono<Void> markRecallAnnounced(String directiveId, int batch) {
    return mongo
        .updateFirst(
            query(where("_id").is(directiveId)),
            new Update().addToSet(RECALL_ANNOUNCED, batch),
            DIRECTIVES)
        .then();
  }

  @Override
  public Mono<String> status(String directiveId) {
    Query byId = query(where("_id").is(directiveId));
    byId.fields().include(DirectiveDocument.STATUS);
    return mongo
        .findOne(byId, Document.class, DIRECTIVES)
        .map(doc -> doc.getString(DirectiveDocument.STATUS));
  }

  /**
   * The job's fields on the directive and its batch documents. Directives delivered before the plan
   * moved out of the directive's document keep it there ({@code planned}, {@code published}, {@code
   * unitsPublished}); both are read.
   */
  @Override
  public Mono<DeliveryProgress> progress(String directiveId) {
    Query byId = query(where("_id").is(directiveId));
    byId.fields().include(JOB);
    return mongo
        .findOne(byId, Document.class, DIRECTIVES)
        .mapNotNull(doc -> doc.get(JOB, Document.class))
        .zipWhen(job -> batches(directiveId, Projections.exclude(UNIT_IDS)).collectList())
        .map(found -> progress(found.getT1(), found.getT2()));
  }

  private Flux<Document> batches(String directiveId, Bson fields) {
    return mongo
        .getCollection(DeliveryCollections.BATCHES)
        .flatMapMany(
            batches -> batches.find(new Document("directiveId", directiveId)).projection(fields));
  }

  private static DeliveryProgress progress(Document job, List<Document> batches) {
    Set<Integer> recorded = new HashSet<>();
    legacyPlan(job).forEach(entry -> recorded.add(entry.getInteger("n")));
    Set<Integer> published = numbers(job, "published");
    int unitsPublished = job.getInteger("unitsPublished", 0);
    for (Document batch : batches) {
      recorded.add(batch.getInteger("n"));
      if (batch.getBoolean("published", false) && published.add(batch.getInteger("n"))) {
        unitsPublished += batch.getInteger("units", 0);
      }
    }
    return new DeliveryProgress(
        job.getString("state"),
        job.getInteger("audience", 0),
        job.getInteger("batches", 0),
        published,
        unitsPublished,
        numbers(job, "recallAnnounced"),
        instant(job.getDate("startedAt")),
        instant(job.getDate("finishedAt")),
        recorded,
        job.getBoolean("resolved", false));
  }

  /** A legacy plan kept in the directive's document: entries {@code n, purpose, from, to}. */
  private static List<Document> legacyPlan(Document job) {
    List<Document> entries = job.getList(LEGACY_PLANNED, Document.class);
    return entries == null ? List.of() : entries;
  }

  private static Set<Integer> numbers(Document job, String field) {
    List<?> values = job.getList(field, Object.class);
    Set<Integer> numbers = new HashSet<>();
    if (values != null) {
      values.forEach(value -> numbers.add(((Number) value).intValue()));
    }
    return numbers;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  @Override
  public Mono<Void> finishDelivery(String directiveId, String state, Instant at) {
    return mongo
        .updateFirst(
            query(where("_id").is(directiveId).and(STATE).is(DeliveryProgress.DELIVERING)),
            new Update().set(STATE, state).set(JOB + ".finishedAt", at),
            DIRECTIVES)
        .then();
  }

  @Override
  public Mono<Void> finishRecallAnnouncement(String directiveId) {
    return mongo
        .updateFirst(
            query(where("_id").is(directiveId)),
            new Update().set(DirectiveDocument.RECALL_STATE, "DONE"),
            DIRECTIVES)
        .then();
  }

  @Override
  public Flux<String> unfinishedDeliveries(Instant startedBefore, int limit) {
    Query stale =
        query(
                where(STATE)
                    .is(DeliveryProgress.DELIVERING)
                    .and(JOB + ".startedAt")
                    .lt(startedBefore))
            .limit(limit);
    stale.fields().include("_id");
    return mongo.find(stale, Document.class, DIRECTIVES).map(doc -> doc.getString("_id"));
  }

  @Override
  public Flux<String> unannouncedWithdrawals(int limit) {
    Query pending =
        query(
                where(DirectiveDocument.RECALL_STATE)
                    .is("PENDING")
                    .and(STATE)
                    .ne(DeliveryProgress.DELIVERING))
            .limit(limit);
    pending.fields().include("_id");
    return mongo.find(pending, Document.class, DIRECTIVES).map(doc -> doc.getString("_id"));
  }
}
