package vn.chidao.reporting.attachment;

import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import com.mongodb.reactivestreams.client.gridfs.GridFSBucket;
import com.mongodb.reactivestreams.client.gridfs.GridFSBuckets;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Attachment bytes in the GridFS bucket {@value #BUCKET} of the reporting database (collections
 * {@code report_files.files} and {@code report_files.chunks}) through the reactive driver.
 */
@Component
class AttachmentFiles {

  static final String BUCKET = "report_files";
  static final int CHUNK_BYTES = 255 * 1024;

  private final Mono<MongoDatabase> database;

  AttachmentFiles(ReactiveMongoDatabaseFactory factory) {
    this.database = factory.getMongoDatabase().cache();
  }

  Mono<Void> store(String fileId, String fileName, String obligationId, byte[] content) {
    BsonString id = new BsonString(fileId);
    GridFSUploadOptions options =
        new GridFSUploadOptions()
            .chunkSizeBytes(CHUNK_BYTES)
            .metadata(new Document("obligationId", obligationId));
    Flux<ByteBuffer> chunks =
        Flux.range(0, (content.length + CHUNK_BYTES - 1) / CHUNK_BYTES)
            .map(
                i ->
                    ByteBuffer.wrap(
                        content,
                        i * CHUNK_BYTES,
                        Math.min(CHUNK_BYTES, content.length - i * CHUNK_BYTES)));
    return bucket()
        .flatMap(bucket -> Mono.from(bucket.uploadFromPublisher(id, fileName, chunks, options)))
        .onErrorResume(failed -> delete(fileId).onErrorComplete().then(Mono.error(failed)))
        .then();
  }

  /** The whole file (at most the size limit), so that its digest is checked before it is sent. */
  Mono<byte[]> read(String fileId) {
    return bucket()
        .flatMapMany(
            bucket ->
                bucket.downloadToPublisher(new BsonString(fileId)).bufferSizeBytes(CHUNK_BYTES))
        .collect(
            ByteArrayOutputStream::new,
            (out, buffer) -> {
              byte[] bytes = new byte[buffer.remaining()];
              buffer.get(bytes);
              out.writeBytes(bytes);
            })
        .map(ByteArrayOutputStream::toByteArray);
  }

  /** Removes the file's chunks, then its entry; nothing fails when they are already gone. */
  Mono<Void> delete(String fileId) {
    BsonString id = new BsonString(fileId);
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
