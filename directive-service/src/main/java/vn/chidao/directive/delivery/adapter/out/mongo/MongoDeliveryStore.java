package vn.chidao.directive.delivery.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
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
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.issue.model.Purpose;

/** The delivery feature's collections (see {@link DeliveryCollections}) and its job fields. */
@Component
class MongoDeliveryStore implements DeliveryStore {

  private static final String DIRECTIVES = DirectiveDocument.COLLECTION;
  private static final String STATE = DirectiveDocument.DELIVERY + ".state";

  private final ReactiveMongoTemplate mongo;

  MongoDeliveryStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Void> savePlan(String directiveId, List<PlannedBatch> batches) {
    List<Document> docs = new ArrayList<>(batches.size());
    for (PlannedBatch batch : batches) {
      List<String> ids = new ArrayList<>(batch.members().size());
      List<String> tenants = new ArrayList<>(batch.members().size());
      List<String> paths = new ArrayList<>(batch.members().size());
      for (AudienceMember member : batch.members()) {
        ids.add(member.unitId());
        tenants.add(member.tenant());
        paths.add(member.path());
      }
      docs.add(
          new Document("_id", DeliveryCollections.batchId(directiveId, batch.number()))
              .append("directiveId", directiveId)
              .append("batch", batch.number())
              .append("purpose", batch.purpose().name())
              .append("size", ids.size())
              .append("unitIds", ids)
              .append("tenants", tenants)
              .append("paths", paths)
              .append("delivered", false)
              .append("recallAnnounced", false));
    }
    return BulkInserts.insertAll(mongo, DeliveryCollections.BATCHES, docs);
  }

  @Override
  public Mono<Void> saveCounters(String directiveId, List<ReceiptNodes.Node> nodes) {
    List<Document> docs =
        nodes.stream()
            .map(
                node ->
                    new Document("_id", DeliveryCollections.counterId(directiveId, node.unitId()))
                        .append("directiveId", directiveId)
                        .append("unitId", node.unitId())
                        .append("parentUnitId", node.parentUnitId())
                        .append("audience", node.audience())
                        .append("read", 0)
                        .append("acknowledged", 0)
                        .append("forwarded", 0)
                        .append("implemented", 0))
            .toList();
    return BulkInserts.insertAll(mongo, DeliveryCollections.COUNTS, docs);
  }

  @Override
  public Flux<PlannedBatch> batches(String directiveId, Batches which) {
    Query selected =
        switch (which) {
          case UNDELIVERED ->
              query(where("directiveId").is(directiveId).and("delivered").is(false));
          case DELIVERED -> query(where("directiveId").is(directiveId).and("delivered").is(true));
          case RECALL_UNANNOUNCED ->
              query(
                  where("directiveId")
                      .is(directiveId)
                      .and("delivered")
                      .is(true)
                      .and("recallAnnounced")
                      .is(false));
        };
    return mongo
        .find(selected.with(Sort.by("batch")), Document.class, DeliveryCollections.BATCHES)
        .map(MongoDeliveryStore::toBatch);
  }

  @SuppressWarnings("unchecked")
  private static PlannedBatch toBatch(Document doc) {
    Purpose purpose = Purpose.valueOf(doc.getString("purpose"));
    List<String> ids = (List<String>) doc.get("unitIds");
    List<String> tenants = (List<String>) doc.get("tenants");
    List<String> paths = (List<String>) doc.get("paths");
    List<AudienceMember> members = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      members.add(new AudienceMember(ids.get(i), tenants.get(i), paths.get(i), purpose));
    }
    return new PlannedBatch(doc.getInteger("batch"), purpose, members);
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

  @Override
  public Mono<Void> markDelivered(String directiveId, int batch) {
    return setOnBatch(directiveId, batch, "delivered");
  }

  @Override
  public Mono<Void> markRecallAnnounced(String directiveId, int batch) {
    return setOnBatch(directiveId, batch, "recallAnnounced");
  }

  private Mono<Void> setOnBatch(String directiveId, int batch, String flag) {
    return mongo
        .updateFirst(
            query(where("_id").is(DeliveryCollections.batchId(directiveId, batch))),
            new Update().set(flag, true),
            DeliveryCollections.BATCHES)
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

  @Override
  public Mono<DeliveryProgress> progress(String directiveId) {
    Query byId = query(where("_id").is(directiveId));
    byId.fields().include(DirectiveDocument.DELIVERY);
    Query batches = query(where("directiveId").is(directiveId).and("delivered").is(true));
    batches.fields().include("size");
    Mono<List<Integer>> delivered =
        mongo
            .find(batches, Document.class, DeliveryCollections.BATCHES)
            .map(doc -> doc.getInteger("size", 0))
            .collectList();
    return mongo
        .findOne(byId, Document.class, DIRECTIVES)
        .mapNotNull(doc -> doc.get(DirectiveDocument.DELIVERY, Document.class))
        .zipWith(delivered)
        .map(
            found -> {
              Document job = found.getT1();
              List<Integer> sizes = found.getT2();
              return new DeliveryProgress(
                  job.getString("state"),
                  job.getInteger("audience", 0),
                  job.getInteger("batches", 0),
                  sizes.size(),
                  sizes.stream().mapToInt(Integer::intValue).sum(),
                  instant(job.getDate("startedAt")),
                  instant(job.getDate("finishedAt")));
            });
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  @Override
  public Mono<Void> finishDelivery(String directiveId, String state, Instant at) {
    return mongo
        .updateFirst(
            query(where("_id").is(directiveId).and(STATE).is(DeliveryProgress.DELIVERING)),
            new Update().set(STATE, state).set(DirectiveDocument.DELIVERY + ".finishedAt", at),
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
                    .and(DirectiveDocument.DELIVERY + ".startedAt")
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
