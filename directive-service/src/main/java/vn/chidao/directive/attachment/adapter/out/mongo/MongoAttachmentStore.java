package vn.chidao.directive.attachment.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.attachment.application.AttachmentStore;
import vn.chidao.directive.attachment.model.Attachment;
import vn.chidao.directive.attachment.model.AttachmentName;
import vn.chidao.directive.attachment.model.AttachmentType;

/** Attachment records in {@code directive_attachments}. */
@Component
class MongoAttachmentStore implements AttachmentStore {

  private final ReactiveMongoTemplate mongo;

  MongoAttachmentStore(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Attachment> insert(Attachment attachment) {
    return mongo.insert(toDocument(attachment)).map(MongoAttachmentStore::toModel);
  }

  @Override
  public Flux<Attachment> findByDirective(String directiveId) {
    Query ofDirective =
        query(where("directiveId").is(directiveId))
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
        .findOne(one(directiveId, attachmentId), AttachmentDocument.class)
        .map(MongoAttachmentStore::toModel);
  }

  @Override
  public Mono<Attachment> remove(String directiveId, String attachmentId) {
    return mongo
        .findAndRemove(one(directiveId, attachmentId), AttachmentDocument.class)
        .map(MongoAttachmentStore::toModel);
  }

  private static Query one(String directiveId, String attachmentId) {
    return query(where("_id").is(attachmentId).and("directiveId").is(directiveId));
  }

  static AttachmentDocument toDocument(Attachment attachment) {
    return new AttachmentDocument(
        attachment.id(),
        attachment.directiveId(),
        attachment.name().value(),
        attachment.type().name(),
        attachment.type().mediaType(),
        attachment.size(),
        attachment.sha256(),
        attachment.uploadedBy(),
        attachment.uploadedAt());
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
