package vn.chidao.reporting.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * Inserts many documents in one unordered bulk write where a document that exists already (same
 * {@code _id}) is no error: how every idempotent "create once" write of this service is done.
 */
public final class BulkInserts {

  private BulkInserts() {}

  public static Mono<Void> insertIgnoringDuplicates(
      ReactiveMongoTemplate mongo, String collection, List<?> objects) {
    return insertCountingDuplicates(mongo, collection, objects).then();
  }

  /** The same; tells how many documents were there already (0: every one was inserted now). */
  public static Mono<Integer> insertCountingDuplicates(
      ReactiveMongoTemplate mongo, String collection, List<?> objects) {
    if (objects.isEmpty()) {
      return Mono.just(0);
    }
    List<Document> documents =
        objects.stream()
            .map(
                o -> {
                  Document document = new Document();
                  mongo.getConverter().write(o, document);
                  return document;
                })
            .toList();
    return mongo
        .getCollection(collection)
        .flatMap(c -> Mono.from(c.insertMany(documents, new InsertManyOptions().ordered(false))))
        .thenReturn(0)
        .onErrorResume(
            MongoBulkWriteException.class,
            error ->
                error.getWriteErrors().stream().allMatch(e -> e.getCode() == 11000)
                    ? Mono.just(error.getWriteErrors().size())
                    : Mono.error(error));
  }
}
