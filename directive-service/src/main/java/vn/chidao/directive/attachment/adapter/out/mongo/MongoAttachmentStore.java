package vn.chidao.directive.attachment.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.attachments.AttachmentName;
import vn.chidao.attachments.AttachmentType;
import vn.chidao.directive.attachment.application.AttachmentStore;
import vn.chidao.directive.attachment.model.Attachment;

/** Attachment records in {@code directive_attachments}. */
@Component
class MongoAttachmentStore implements AttachmentStore {

  private final ReactiveMongoTemplate mongo;

  MongoAttachmentStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Void> begin(String id, String directiveId, String uploadedBy, Instant since) {
    AttachmentDocument pending =
        new AttachmentDocument(
            id,
            directiveId,
            AttachmentDocument.PENDING,
            since,
            null,
            null,
            null,
            null,
            null,
            uploadedBy,
            null);
    return mongo.insert(pending).then();
  }

  @Override
  public Mono<Attachment> complete(Attachment attachment) {
    Update stored =
        new Update()
            .set("status", AttachmentDocument.STORED)
            .set("name", attachment.name().value())
            .set("type", attachment.type().name())
            .set("mediaType", attachment.type().mediaType())
            .set("size", attachment.size())
            .set("sha256", attachment.sha256())
            .set("uploadedAt", attachment.uploadedAt());
    Query pending =
        query(where("_id").is(attachment.id()).and("status").is(AttachmentDocument.PENDING));
    return mongo
        .updateFirst(pending, stored, AttachmentDocument.class)
        .flatMap(
            result ->
                result.getMatchedCount() == 1
                    ? Mono.just(attachment)
                    : Mono.error(
                        new IllegalStateException(
                            "upload " + attachment.id() + " is no longer pending")));
  }

  @Override
  public Mono<Void> abandon(String id) {
    return mongo
        .remove(
            query(where("_id").is(id).and("status").is(AttachmentDocument.PENDING)),
            AttachmentDocument.class)
        .then();
  }

  @Override
  public Flux<String> pendingSince(Instant before, int limit) {
    Query old =
        query(where("status").is(AttachmentDocument.PENDING).and("since").lt(before))
            .with(Sort.by("since"))
            .limit(limit);
    old.fields().include("_id");
    return mongo.find(old, AttachmentDocument.class).map(AttachmentDocument::id);
  }

  @Override
  public Flux<Attachment> findByDirective(String directiveId) {
    Query ofDirective =
        query(where("directiveId").is(directiveId).and("status").is(AttachmentDocument.STORED))
            .with(Sort.by("uploadedAt").ascending().and(Sort.by("_id")));
    return mongo.find(ofDirective, AttachmentDocument.class).map(MongoAttachmentStore::toModel);
  }

  @Override
  public Mono<Long> countByDirective(String directiveId) {
    return mongo.count(query(where("directiveId").is(directiveId)), AttachmentDocument.class);
  }

  @Override
  public Mono<Attachment> find(String directiveId, String attachmentId) {
    return mongo
        .findOne(stored(directiveId, attachmentId), AttachmentDocument.class)
        .map(MongoAttachmentStore::toModel);
  }

  @Override
  public Mono<Attachment> withdraw(String directiveId, String attachmentId, Instant since) {
    Update pending = new Update().set("status", AttachmentDocument.PENDING).set("since", since);
    // Answers the document as it was before (stored), which is also safe under concurrency.
    return mongo
        .findAndModify(stored(directiveId, attachmentId), pending, AttachmentDocument.class)
        .map(MongoAttachmentStore::toModel);
  }

  private static Query stored(String directiveId, String attachmentId) {
    return query(
        where("_id")
            .is(attachmentId)
            .and("directiveId")
            .is(directiveId)
            .and("status")
            .is(AttachmentDocument.STORED));
  }

  static Attachment toModel(AttachmentDocument document) {
    return new Attachment(
        document.id(),
        document.directiveId(),
        new AttachmentName(document.name()),
        AttachmentType.valueOf(document.type()),
        document.size(),
        document.sha256(),
        document.uploadedBy(),
        document.uploadedAt());
  }
}
