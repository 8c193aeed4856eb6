package vn.chidao.notification.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * Inserts many documents in one round trip where a unique index is the idempotency key: every new
 * one is written, one that exists already is skipped. Unordered, so a duplicate does not stop the
 * rest of the batch.
 */
public final class UnorderedInsert {

  private UnorderedInsert() {}

  public static <T> Mono<Void> skippingDuplicates(
      ReactiveMongoTemplate template, String collection, List<T> entities) {
    if (entities.isEmpty()) {
      return Mono.empty();
    }
    List<Document> documents =
        entities.stream()
            .map(
                entity -> {
                  Document document = new Document();
                  template.getConverter().write(entity, document);
                  return document;
                })
            .toList();
    return template
        .getCollection(collection)
        .flatMap(c -> Mono.from(c.insertMany(documents, new InsertManyOptions().ordered(false))))
        .onErrorResume(
            MongoBulkWriteException.class, e -> onlyDuplicates(e) ? Mono.empty() : Mono.error(e))
        .then();
  }

  static boolean onlyDuplicates(MongoBulkWriteException e) {
    return e.getWriteConcernError() == null
        && e.getWriteErrors().stream()
            .allMatch(
                error ->
                    ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
  }
}
