package vn.chidao.directive.receipt.adapter.out.mongo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import vn.chidao.directive.delivery.adapter.out.mongo.DeliveryCollections;

/**
 * Declares the indexes of the raw-BSON collections (no mapped class carries them): a unit's inbox
 * (unread first, newest), a directive's pending lists by step and subtree, a directive's rows by
 * batch (read back to announce a withdrawal), a directive's batch records (the plan a resumed job
 * reads), and the counters' children. A real MongoDB builds them; the in-process test server
 * accepts and ignores non-unique indexes. The unique key (directive, unit) is the rows' {@code
 * _id}.
 */
@Component
class DeliveryRowIndexes {

  private final ReactiveMongoTemplate mongo;

  DeliveryRowIndexes(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @EventListener(ApplicationReadyEvent.class)
  void declare() {
    String rows = DeliveryCollections.DELIVERIES;
    Flux.concat(
            mongo
                .indexOps(rows)
                .createIndex(
                    new Index()
                        .on("unitId", Sort.Direction.ASC)
                        .on("tenant", Sort.Direction.ASC)
                        .on("readAt", Sort.Direction.ASC)
                        .on("deliveredAt", Sort.Direction.DESC)
                        .named("inbox")),
            mongo
                .indexOps(rows)
                .createIndex(
                    new Index()
                        .on("directiveId", Sort.Direction.ASC)
                        .on("readAt", Sort.Direction.ASC)
                        .on("path", Sort.Direction.ASC)
                        .named("unread_by_subtree")),
            mongo
                .indexOps(rows)
                .createIndex(
                    new Index()
                        .on("directiveId", Sort.Direction.ASC)
                        .on("acknowledgedAt", Sort.Direction.ASC)
                        .on("path", Sort.Direction.ASC)
                        .named("unacknowledged_by_subtree")),
            mongo
                .indexOps(rows)
                .createIndex(
                    new Index()
                        .on("directiveId", Sort.Direction.ASC)
                        .on("batch", Sort.Direction.ASC)
                        .named("by_batch")),
            mongo
                .indexOps(DeliveryCollections.BATCHES)
                .createIndex(
                    new Index()
                        .on("directiveId", Sort.Direction.ASC)
                        .on("n", Sort.Direction.ASC)
                        .named("plan")),
            mongo
                .indexOps(DeliveryCollections.COUNTS)
                .createIndex(
                    new Index()
                        .on("directiveId", Sort.Direction.ASC)
                        .on("parentUnitId", Sort.Direction.ASC)
                        .named("children")))
        .onErrorResume(error -> Flux.empty())
        .subscribe();
  }
}
