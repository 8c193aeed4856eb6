package vn.chidao.identity.orgimport.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.identity.orgimport.application.ImportJob;
import vn.chidao.identity.orgimport.application.ImportJobStore;

@Component
class MongoImportJobStore implements ImportJobStore {

  private final ReactiveMongoTemplate mongo;

  MongoImportJobStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<ImportJob> create(ImportJob job) {
    return mongo.insert(ImportJobDocument.of(job)).map(ImportJobDocument::toModel);
  }

  @Override
  public Mono<ImportJob> find(String id) {
    return mongo.findById(id, ImportJobDocument.class).map(ImportJobDocument::toModel);
  }

  @Override
  public Mono<Void> progress(String id, long processed) {
    return mongo
        .updateFirst(
            query(where("_id").is(id)),
            new Update().max("processed", processed),
            ImportJobDocument.class)
        .then();
  }

  @Override
  public Mono<Void> finish(String id, ImportJob.State state, String detail, Instant at) {
    Update update =
        new Update().set("state", state.name()).set("detail", detail).set("finishedAt", at);
    // Only a finished job's progress is complete; a failed one keeps what it reached.
    return mongo
        .findById(id, ImportJobDocument.class)
        .flatMap(
            job ->
                mongo.updateFirst(
                    query(where("_id").is(id)),
                    state == ImportJob.State.DONE ? update.set("processed", job.total()) : update,
                    ImportJobDocument.class))
        .then();
  }
}
