package vn.chidao.directive.attachment.adapter.out.mongo;

import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import com.mongodb.reactivestreams.client.gridfs.GridFSBucket;
import com.mongodb.reactivestreams.client.gridfs.GridFSBuckets;
import java.nio.ByteBuffer;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.attachment.application.AttachmentFiles;

/**
 * Attachment bytes in the GridFS bucket {@code attachments} (collections {@code attachments.files}
 * and {@code attachments.chunks}) through the reactive driver: chunks of 255 KiB are written as the
 * upload streams in, and read back one by one on download.
 */
@Component
class GridFsAttachmentFiles implements AttachmentFiles {

  static final String BUCKET = "attachments";
  static final int CHUNK_BYTES = 255 * 1024;

  private final Mono<MongoDatabase> database;

  GridFsAttachmentFiles(ReactiveMongoDatabaseFactory factory) {
    this.database = factory.getMongoDatabase().cache();
  }

  @Override
  public Mono<Void> store(
      String fileId, String fileName, String directiveId, Flux<ByteBuffer> content) {
    BsonString id = new BsonString(fileId);
    GridFSUploadOptions options =
        new GridFSUploadOptions()
            .chunkSizeBytes(CHUNK_BYTES)
            .metadata(new Document("directiveId", directiveId));
    return bucket()
        .flatMap(bucket -> Mono.from(bucket.uploadFromPublisher(id, fileName, content, options)))
        // The driver also cleans up after a failed upload; removing the chunks here as well makes
        // "nothing stored" independent of its version.
        .onErrorResume(failed -> purge(id).onErrorComplete().then(Mono.error(failed)))
        .then();
  }

  @Override
  public Flux<ByteBuffer> read(String fileId) {
    return bucket()
        .flatMapMany(
            bucket ->
                bucket.downloadToPublisher(new BsonString(fileId)).bufferSizeBytes(CHUNK_BYTES));
  }

  @Override
  public Mono<Void> delete(String fileId) {
    return purge(new BsonString(fileId));
  }

  /**
   * Removes the file's chunks, then its entry, directly, without failing when they are already
   * gone.
   */
  private Mono<Void> purge(BsonString id) {
    return database.flatMap(
        db ->
            Mono.from(db.getCollection(BUCKET + ".chunks").deleteMany(Filters.eq("files_id", id)))
                .then(
                    Mono.from(db.getCollection(BUCKET + ".files").deleteOne(Filters.eq("_id", id))))
                .then());
  }

  private Mono<GridFSBucket> bucket() {
    return database.map(db -> GridFSBuckets.create(db, BUCKET));
  }
}
