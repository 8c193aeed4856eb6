package vn.chidao.directive.attachment.application;

import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.attachment.model.Attachment;

/**
 * What is known about each attached file (the bytes are in {@link AttachmentFiles}). An upload is
 * announced ({@link #begin}) before its first byte is stored and completed after its last, so that
 * an upload cut short by a crash leaves a pending record the janitor finds, never an unknown file.
 */
public interface AttachmentStore {

  /** Records that file {@code id} of {@code directiveId} is being uploaded. */
  Mono<Void> begin(String id, String directiveId, String uploadedBy, Instant since);

  /** Turns the pending record into the attachment; an error when it is no longer pending. */
  Mono<Attachment> complete(Attachment attachment);

  /** Removes a pending record (its file was removed first). */
  Mono<Void> abandon(String id);

  /** Ids of uploads pending since before {@code before}, oldest first. */
  Flux<String> pendingSince(Instant before, int limit);

  /** A directive's stored files, oldest first. */
  Flux<Attachment> findByDirective(String directiveId);

  /** Files of a directive, pending uploads included. */
  Mono<Long> countByDirective(String directiveId);

  Mono<Attachment> find(String directiveId, String attachmentId);

  /**
   * Takes a stored file back to pending, which hides it from lists and downloads at once; its bytes
   * and record are removed next, or by the janitor if that is cut short. Empty when it is not (or
   * no longer) stored.
   */
  Mono<Attachment> withdraw(String directiveId, String attachmentId, Instant since);
}
