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
    if (objects.isEmpty()) {
      return Mono.empty();
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
        .then()
        .onErrorResume(
            MongoBulkWriteException.class,
            error ->
                error.getWriteErrors().stream().allMatch(e -> e.getCode() == 11000)
                    ? Mono.empty()
                    : Mono.error(error));
  }
}
