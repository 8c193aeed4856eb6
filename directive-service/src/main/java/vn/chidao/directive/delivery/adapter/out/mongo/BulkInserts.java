package vn.chidao.directive.delivery.adapter.out.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * Unordered bulk inserts that are idempotent: documents whose {@code _id} exists already (written
 * by an earlier attempt) are reported by the server as duplicate keys and count as written.
 */
final class BulkInserts {

  private static final int DUPLICATE_KEY = 11000;

  private BulkInserts() {}

  static Mono<Void> insertAll(ReactiveMongoTemplate mongo, String collection, List<Document> docs) {
    if (docs.isEmpty()) {
      return Mono.empty();
    }
    return mongo
        .getCollection(collection)
        .flatMap(
            target -> Mono.from(target.insertMany(docs, new InsertManyOptions().ordered(false))))
        .then()
        .onErrorResume(BulkInserts::onlyDuplicates, duplicates -> Mono.empty());
  }

  /** Whether the error is a bulk write's, and every one of its write errors a duplicate key. */
  static boolean onlyDuplicates(Throwable error) {
    Throwable cause = error;
    while (cause != null && !(cause instanceof MongoBulkWriteException)) {
      cause = cause.getCause();
    }
    return cause instanceof MongoBulkWriteException bulk
        && bulk.getWriteConcernError() == null
        && bulk.getWriteErrors().stream().allMatch(e -> e.getCode() == DUPLICATE_KEY);
  }
}
