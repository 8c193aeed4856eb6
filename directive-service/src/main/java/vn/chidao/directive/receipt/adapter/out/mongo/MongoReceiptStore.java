package vn.chidao.directive.receipt.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.adapter.out.mongo.DeliveryCollections;
import vn.chidao.directive.org.PathPrefix;
import vn.chidao.directive.receipt.application.ReceiptStore;
import vn.chidao.directive.receipt.model.Receipt;
import vn.chidao.directive.receipt.model.ReceiptCounts;
import vn.chidao.directive.receipt.model.ReceiptStep;

/**
 * Receipts in the {@code deliveries} rows and totals in {@code receipt_counts} (shapes in {@link
 * DeliveryCollections}). A row is found by its key (directive, unit) — the {@code _id}, which every
 * MongoDB indexes. Lists by directive or by unit use the indexes declared by {@link
 * DeliveryRowIndexes} on a real MongoDB; the in-process test server scans.
 */
@Component
class MongoReceiptStore implements ReceiptStore {

  private static final String ROWS = DeliveryCollections.DELIVERIES;
  private static final String COUNTS = DeliveryCollections.COUNTS;
  private static final String UNCOUNTED = "uncounted";
  private static final String FOLLOW_UPS = "followUps";

  /** A deep subtree is counted from its rows; beyond this it should have had a counter. */
  private static final int ROW_COUNT_LIMIT = 50_000;

  private final ReactiveMongoTemplate mongo;

  MongoReceiptStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Receipt> find(String directiveId, String unitId) {
    return mongo
        .findOne(
            query(where("_id").is(DeliveryCollections.rowId(directiveId, unitId))),
            Document.class,
            ROWS)
        .map(MongoReceiptStore::toReceipt);
  }

  @Override
  public Mono<Boolean> advance(
      String directiveId, String unitId, ReceiptStep step, Instant at, String by, String as) {
    String prefix = step.field();
    Update update =
        new Update()
            .set(prefix + "At", Date.from(at))
            .set(prefix + "By", by)
            .addToSet(UNCOUNTED, step.field());
    if (as != null) {
      update.set(prefix + "As", as);
    }
    return mongo
        .updateFirst(
            query(
                where("_id")
                    .is(DeliveryCollections.rowId(directiveId, unitId))
                    .and(prefix + "At")
                    .is(null)),
            update,
            ROWS)
        .map(result -> result.getModifiedCount() == 1);
  }

  /**
   * Upserts: a receipt may come before the delivery job has read the whole audience and saved the
   * counters (it then sets their audience and keeps this count).
   */
  @Override
  public Mono<Void> count(String directiveId, List<String> nodes, ReceiptStep step) {
    List<UpdateOneModel<Document>> increments =
        nodes.stream()
            .map(
                node ->
                    new UpdateOneModel<Document>(
                        new Document("_id", DeliveryCollections.counterId(directiveId, node)),
                        new Document("$inc", new Document(step.field(), 1))
                            .append(
                                "$setOnInsert",
                                new Document("directiveId", directiveId).append("unitId", node)),
                        new UpdateOptions().upsert(true)))
            .toList();
    return mongo
        .getCollection(COUNTS)
        .flatMap(counts -> Mono.from(counts.bulkWrite(increments)))
        .then();
  }

  @Override
  public Mono<Void> settle(String directiveId, String unitId, ReceiptStep step) {
    return mongo
        .updateFirst(
            query(where("_id").is(DeliveryCollections.rowId(directiveId, unitId))),
            new Update().pull(UNCOUNTED, step.field()),
            ROWS)
        .then();
  }

  @Override
  public Flux<String> directivesWithUncounted(int limit) {
    Query marked = query(where(UNCOUNTED + ".0").exists(true)).limit(limit);
    marked.fields().include("directiveId");
    return mongo
        .find(marked, Document.class, ROWS)
        .map(row -> row.getString("directiveId"))
        .distinct();
  }

  @Override
  public Flux<Receipt> all(String directiveId) {
    return mongo
        .find(query(where("directiveId").is(directiveId)), Document.class, ROWS)
        .map(MongoReceiptStore::toReceipt);
  }

  @Override
  public Mono<Void> overwriteCounts(String directiveId, Map<String, long[]> counts) {
    Query counters = query(where("directiveId").is(directiveId));
    counters.fields().include("unitId");
    return mongo
        .find(counters, Document.class, COUNTS)
        .map(
            counter -> {
              long[] c = counts.getOrDefault(counter.getString("unitId"), new long[4]);
              return new UpdateOneModel<Document>(
                  new Document("_id", counter.get("_id")),
                  new Document(
                      "$set",
                      new Document("read", c[0])
                          .append("acknowledged", c[1])
                          .append("forwarded", c[2])
                          .append("implemented", c[3])));
            })
        .collectList()
        .filter(updates -> !updates.isEmpty())
        .flatMap(
            updates ->
                mongo
                    .getCollection(COUNTS)
                    .flatMap(collection -> Mono.from(collection.bulkWrite(updates))))
        .then(
            mongo.updateMulti(
                query(where("directiveId").is(directiveId).and(UNCOUNTED + ".0").exists(true)),
                new Update().unset(UNCOUNTED),
                ROWS))
        .then();
  }

  @Override
  public Mono<Void> intendFollowUp(
      String directiveId, String unitId, ReceiptStep step, String as, String by) {
    return mongo
        .updateFirst(
            query(where("_id").is(DeliveryCollections.rowId(directiveId, unitId))),
            new Update()
                .addToSet(
                    FOLLOW_UPS,
                    new Document("as", as).append("step", step.name()).append("by", by)),
            ROWS)
        .then();
  }

  @Override
  public Mono<Void> clearFollowUp(String directiveId, String unitId, String as) {
    return mongo
        .updateFirst(
            query(where("_id").is(DeliveryCollections.rowId(directiveId, unitId))),
            new Update().pull(FOLLOW_UPS, new Document("as", as)),
            ROWS)
        .then();
  }

  @Override
  public Flux<FollowUpIntent> followUpIntents(int limit) {
    Query noted = query(where(FOLLOW_UPS + ".0").exists(true)).limit(limit);
    noted.fields().include("directiveId", "unitId", FOLLOW_UPS);
    return mongo
        .find(noted, Document.class, ROWS)
        .flatMapIterable(
            row ->
                row.getList(FOLLOW_UPS, Document.class).stream()
                    .map(
                        intent ->
                            new FollowUpIntent(
                                row.getString("directiveId"),
                                row.getString("unitId"),
                                ReceiptStep.valueOf(intent.getString("step")),
                                intent.getString("as"),
                                intent.getString("by")))
                    .toList());
  }

  @Override
  public Mono<ReceiptCounts> counter(String directiveId, String node) {
    return mongo
        .findOne(
            query(where("_id").is(DeliveryCollections.counterId(directiveId, node))),
            Document.class,
            COUNTS)
        .map(MongoReceiptStore::toCounts);
  }

  @Override
  public Flux<ReceiptCounts> childCounters(String directiveId, String parentNode) {
    return mongo
        .find(
            query(where("directiveId").is(directiveId).and("parentUnitId").is(parentNode))
                .with(Sort.by("unitId")),
            Document.class,
            COUNTS)
        .map(MongoReceiptStore::toCounts);
  }

  @Override
  public Mono<ReceiptCounts> countRows(String directiveId, String unitId, String path) {
    Query rows = query(inSubtree(directiveId, path)).limit(ROW_COUNT_LIMIT);
    rows.fields().include("readAt", "acknowledgedAt", "forwardedAt", "implementedAt");
    return mongo
        .find(rows, Document.class, ROWS)
        .reduce(
            new long[5],
            (sums, row) -> {
              sums[0]++;
              sums[1] += row.get("readAt") == null ? 0 : 1;
              sums[2] += row.get("acknowledgedAt") == null ? 0 : 1;
              sums[3] += row.get("forwardedAt") == null ? 0 : 1;
              sums[4] += row.get("implementedAt") == null ? 0 : 1;
              return sums;
            })
        .map(s -> new ReceiptCounts(unitId, null, s[0], s[1], s[2], s[3], s[4]));
  }

  @Override
  public Flux<Receipt> pending(
      String directiveId, ReceiptStep step, String path, int page, int size) {
    Query rows =
        query(inSubtree(directiveId, path).and(step.field() + "At").is(null))
            .with(Sort.by("path"))
            .skip((long) page * size)
            .limit(size);
    return mongo.find(rows, Document.class, ROWS).map(MongoReceiptStore::toReceipt);
  }

  @Override
  public Mono<Long> countPending(String directiveId, ReceiptStep step, String path) {
    return mongo.count(query(inSubtree(directiveId, path).and(step.field() + "At").is(null)), ROWS);
  }

  private static Criteria inSubtree(String directiveId, String path) {
    Criteria criteria = where("directiveId").is(directiveId);
    if (path != null && !path.equals("/")) {
      criteria = criteria.and("path").regex(PathPrefix.of(path));
    }
    return criteria;
  }

  @Override
  public Flux<Receipt> inbox(String unitId, String tenant, int page, int size) {
    // BSON orders null before dates: unread rows come first, then newest deliveries.
    Query rows =
        query(where("unitId").is(unitId).and("tenant").is(tenant))
            .with(Sort.by(Sort.Order.asc("readAt"), Sort.Order.desc("deliveredAt")))
            .skip((long) page * size)
            .limit(size);
    return mongo.find(rows, Document.class, ROWS).map(MongoReceiptStore::toReceipt);
  }

  @Override
  public Mono<Long> countInbox(String unitId, String tenant, boolean unreadOnly) {
    Criteria criteria = where("unitId").is(unitId).and("tenant").is(tenant);
    if (unreadOnly) {
      criteria = criteria.and("readAt").is(null);
    }
    return mongo.count(query(criteria), ROWS);
  }

  private static Receipt toReceipt(Document row) {
    return new Receipt(
        row.getString("directiveId"),
        row.getString("unitId"),
        row.getString("tenant"),
        row.getString("path"),
        row.getString("purpose"),
        instant(row, "deliveredAt"),
        instant(row, "readAt"),
        row.getString("readBy"),
        instant(row, "acknowledgedAt"),
        row.getString("acknowledgedBy"),
        instant(row, "forwardedAt"),
        row.getString("forwardedAs"),
        instant(row, "implementedAt"),
        row.getString("implementedAs"));
  }

  private static Instant instant(Document row, String field) {
    Date date = row.getDate(field);
    return date == null ? null : date.toInstant();
  }

  private static ReceiptCounts toCounts(Document doc) {
    return new ReceiptCounts(
        doc.getString("unitId"),
        doc.getString("parentUnitId"),
        number(doc, "audience"),
        number(doc, "read"),
        number(doc, "acknowledged"),
        number(doc, "forwarded"),
        number(doc, "implemented"));
  }

  private static long number(Document doc, String field) {
    Object value = doc.get(field);
    return value instanceof Number n ? n.longValue() : 0;
  }
}
