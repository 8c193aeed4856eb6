package vn.chidao.directive.search.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.issue.model.SearchText;
import vn.chidao.directive.search.application.SearchTextBackfill;

/**
 * Gives {@code searchText} to directives stored before search existed, in unordered bulk writes of
 * {@link #BATCH} updates. Idempotent: it only touches documents whose field is missing (or null),
 * and each update repeats that condition, so a second run, or two instances at once, change nothing
 * twice. The loop is bounded by the count found at its start.
 */
@Component
class MongoSearchTextBackfill implements SearchTextBackfill {

  static final int BATCH = 500;

  private final ReactiveMongoTemplate mongo;

  MongoSearchTextBackfill(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Long> run() {
    return mongo
        .count(missing(), DirectiveDocument.class)
        .flatMap(
            count ->
                Flux.range(0, (int) (count / BATCH) + 1)
                    .concatMap(round -> nextBatch())
                    .takeWhile(done -> done > 0)
                    .reduce(0L, Long::sum));
  }

  /** Fills one batch; answers how many documents it covered (0 when none was left). */
  private Mono<Long> nextBatch() {
    Query batch = missing().limit(BATCH);
    batch.fields().include("symbol", "subject", "body");
    return mongo.find(batch, DirectiveDocument.class).collectList().flatMap(this::fill);
  }

  private Mono<Long> fill(List<DirectiveDocument> documents) {
    if (documents.isEmpty()) {
      return Mono.just(0L);
    }
    var bulk = mongo.bulkOps(BulkMode.UNORDERED, DirectiveDocument.class);
    for (DirectiveDocument document : documents) {
      bulk.updateOne(
          query(where("_id").is(document.id()).and(DirectiveDocument.SEARCH_TEXT).is(null)),
          Update.update(
              DirectiveDocument.SEARCH_TEXT,
              SearchText.of(document.symbol(), document.subject(), document.body())));
    }
    // The count of this batch, not the server's modified count (unreliable on some servers).
    return bulk.execute().thenReturn((long) documents.size());
  }

  private static Query missing() {
    return query(where(DirectiveDocument.SEARCH_TEXT).is(null));
  }
}
