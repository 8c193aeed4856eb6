package vn.chidao.identity.org.adapter.out.mongo;

import com.mongodb.client.model.ReplaceOptions;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.Publication;
import vn.chidao.identity.org.application.PublicationMarks;

/** One document, {@code _id: "directory"}, in {@code org_publications}, replaced on each one. */
@Component
class MongoPublicationMarks implements PublicationMarks {

  private static final String COLLECTION = "org_publications";
  private static final String ID = "directory";

  private final ReactiveMongoTemplate mongo;

  MongoPublicationMarks(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Publication> lastComplete() {
    return mongo
        .getCollection(COLLECTION)
        .flatMap(collection -> Mono.from(collection.find(new Document("_id", ID)).first()))
        .map(
            stored ->
                new Publication(
                    stored.getDate("startedAt").toInstant(),
                    stored.getLong("units"),
                    stored.getLong("memberships")));
  }

  @Override
  public Mono<Void> recordComplete(Publication publication) {
    Document mark =
        new Document("_id", ID)
            .append("startedAt", Date.from(publication.startedAt()))
            .append("units", publication.units())
            .append("memberships", publication.memberships());
    return mongo
        .getCollection(COLLECTION)
        .flatMap(
            collection ->
                Mono.from(
                    collection.replaceOne(
                        new Document("_id", ID), mark, new ReplaceOptions().upsert(true))))
        .then();
  }
}
