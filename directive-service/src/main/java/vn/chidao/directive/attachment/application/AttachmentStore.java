package vn.chidao.directive.attachment.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.attachment.model.Attachment;

/** What is known about each attached file (the bytes are in {@link AttachmentFiles}). */
public interface AttachmentStore {

  Mono<Attachment> insert(Attachment attachment);

  /** A directive's files, oldest first. */
  Flux<Attachment> findByDirective(String directiveId);

  Mono<Long> countByDirective(String directiveId);

  Mono<Attachment> find(String directiveId, String attachmentId);

  /** Removes the record; empty when another request removed it first. */
  Mono<Attachment> remove(String directiveId, String attachmentId);
}
