package vn.chidao.directive.attachment.application;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.attachments.UploadInspection;
import vn.chidao.directive.attachment.model.Attachment;
import vn.chidao.directive.issue.application.ViewingDirective;
import vn.chidao.directive.issue.model.Caller;

/**
 * Lists and hands out a directive's files to whoever may read the directive. A download is checked
 * against the SHA-256 recorded at upload <em>before</em> its first byte is sent (a damaged file is
 * a clear error, not a silently wrong document), and again while it is sent, so that a file damaged
 * in between breaks the transfer instead of completing it.
 */
@Service
public class ReadingAttachments {

  private static final Logger log = LoggerFactory.getLogger(ReadingAttachments.class);

  private final ViewingDirective directives;
  private final AttachmentStore store;
  private final AttachmentFiles files;

  public ReadingAttachments(
      ViewingDirective directives, AttachmentStore store, AttachmentFiles files) {
    this.directives = directives;
    this.store = store;
    this.files = files;
  }

  /** A file ready to send: what it is, and its bytes, which check themselves as they stream. */
  public record Download(Attachment attachment, Flux<ByteBuffer> content) {}

  public Flux<Attachment> list(String directiveId, Caller caller) {
    return directives
        .view(directiveId, caller)
        .flatMapMany(directive -> store.findByDirective(directive.id()));
  }

  public Mono<Download> open(String directiveId, String attachmentId, Caller caller) {
    return directives
        .view(directiveId, caller)
        .flatMap(directive -> store.find(directive.id(), attachmentId))
        .switchIfEmpty(Mono.error(AttachmentProblems::notFound))
        .flatMap(
            attachment ->
                digestOf(files.read(attachment.id()))
                    .onErrorResume(
                        unreadable -> {
                          log.error("Attachment {} cannot be read", attachment.id(), unreadable);
                          return Mono.just("unreadable");
                        })
                    .flatMap(
                        sha256 -> {
                          if (!sha256.equals(attachment.sha256())) {
                            log.error(
                                "Attachment {} is damaged: SHA-256 {} instead of {}",
                                attachment.id(),
                                sha256,
                                attachment.sha256());
                            return Mono.error(AttachmentProblems.corrupted());
                          }
                          return Mono.just(new Download(attachment, verified(attachment)));
                        }));
  }

  /** The bytes again, failing at the end if they no longer match. */
  private Flux<ByteBuffer> verified(Attachment attachment) {
    return Flux.defer(
        () -> {
          MessageDigest digest = sha256();
          return files
              .read(attachment.id())
              .doOnNext(buffer -> digest.update(buffer.asReadOnlyBuffer()))
              .concatWith(
                  Mono.defer(
                      () ->
                          UploadInspection.hex(digest.digest()).equals(attachment.sha256())
                              ? Mono.empty()
                              : Mono.error(AttachmentProblems.corrupted())));
        });
  }

  private static Mono<String> digestOf(Flux<ByteBuffer> content) {
    return content
        .reduce(
            sha256(),
            (digest, buffer) -> {
              digest.update(buffer);
              return digest;
            })
        .map(digest -> UploadInspection.hex(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
