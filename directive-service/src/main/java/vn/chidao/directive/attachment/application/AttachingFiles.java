package vn.chidao.directive.attachment.application;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.attachments.AttachmentName;
import vn.chidao.attachments.AttachmentRefusal;
import vn.chidao.attachments.TypeSniffer;
import vn.chidao.attachments.UploadInspection;
import vn.chidao.directive.attachment.model.Attachment;
import vn.chidao.directive.attachment.model.AttachmentPolicy;
import vn.chidao.directive.issue.application.ViewingDirective;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;

/**
 * Attaches a file to a directive, or removes one. The file streams from the request into GridFS
 * through an {@link UploadInspection}: its type is decided from its first bytes before anything is
 * written, its size is bounded while it flows, and its SHA-256 is known when it ends. Any refusal
 * or failure leaves nothing stored: the file's chunks and its pending record are removed, and an
 * upload cut short by a crash is removed by the janitor ({@link #sweep}).
 */
@Service
public class AttachingFiles {

  private static final Logger log = LoggerFactory.getLogger(AttachingFiles.class);

  private final ViewingDirective directives;
  private final AttachmentStore store;
  private final AttachmentFiles files;
  private final TypeSniffer sniffer;
  private final AttachmentSettings settings;
  private final Clock clock;

  public AttachingFiles(
      ViewingDirective directives,
      AttachmentStore store,
      AttachmentFiles files,
      TypeSniffer sniffer,
      AttachmentSettings settings,
      Clock clock) {
    this.directives = directives;
    this.store = store;
    this.files = files;
    this.sniffer = sniffer;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The directive, when the caller may attach to it and it has room for another file. Asked before
   * the request body is read, so that a refused upload is not streamed at all.
   */
  public Mono<Directive> mayAttach(String directiveId, Caller caller) {
    return mayChange(directiveId, caller)
        .flatMap(
            directive ->
                store
                    .countByDirective(directive.id())
                    .flatMap(
                        count ->
                            count >= settings.maxPerDirective()
                                ? Mono.error(AttachmentProblems.tooMany(settings.maxPerDirective()))
                                : Mono.just(directive)));
  }

  /** Largest upload accepted, in bytes. */
  public long maxBytes() {
    return settings.maxSize().toBytes();
  }

  /**
   * Streams one file into storage and records it: a pending record first, then the bytes, then the
   * record completed. On any refusal or failure the bytes and the pending record are removed before
   * the error goes on.
   */
  public Mono<Attachment> attach(
      Directive directive, String rawName, Flux<byte[]> content, Caller caller) {
    return Mono.defer(
            () -> {
              AttachmentName name = AttachmentName.of(rawName);
              String id = UUID.randomUUID().toString();
              UploadInspection inspection =
                  new UploadInspection(name, maxBytes(), sniffer, AttachmentPolicy.TYPES);
              Flux<ByteBuffer> checked =
                  content
                      .concatMapIterable(inspection::accept)
                      .concatWith(Flux.defer(() -> Flux.fromIterable(inspection.finish())))
                      .map(ByteBuffer::wrap);
              Instant since = now();
              // GridFS keeps the client's name; the record the one fitted to the real type.
              return store
                  .begin(id, directive.id(), caller.username(), since)
                  .then(
                      files
                          .store(id, name.value(), directive.id(), checked)
                          .then(
                              Mono.fromCallable(() -> recordOf(id, directive, inspection, caller)))
                          .flatMap(store::complete)
                          .onErrorResume(failed -> forget(id).then(Mono.error(failed))));
            })
        .onErrorMap(AttachmentRefusal.class, AttachmentProblems::of);
  }

  /**
   * Removes a file: withdrawn first (gone from lists and downloads), then its bytes and record. A
   * removal cut short leaves a pending upload, which the janitor finishes.
   */
  public Mono<Void> remove(String directiveId, String attachmentId, Caller caller) {
    return mayChange(directiveId, caller)
        .flatMap(directive -> store.withdraw(directive.id(), attachmentId, now()))
        .switchIfEmpty(Mono.error(AttachmentProblems::notFound))
        .flatMap(withdrawn -> forget(withdrawn.id()));
  }

  /**
   * Removes an upload that did not complete: its bytes, then its pending record. Also what the
   * janitor does with uploads a crash left pending. Never fails: what remains is found again.
   */
  public Mono<Void> forget(String fileId) {
    return files
        .delete(fileId)
        .then(store.abandon(fileId))
        .onErrorResume(
            failed -> {
              log.warn("Could not remove the unfinished upload {}", fileId, failed);
              return Mono.empty();
            });
  }

  /**
   * Removes uploads pending for longer than {@code abandonAfter}; answers how many. Deferred: the
   * time is taken when the sweep runs, so one {@code Mono} may be subscribed round after round.
   */
  public Mono<Long> sweep(Duration abandonAfter, int limit) {
    return Mono.defer(
        () ->
            store
                .pendingSince(now().minus(abandonAfter), limit)
                .concatMap(id -> forget(id).thenReturn(id))
                .count());
  }

  private Mono<Directive> mayChange(String directiveId, Caller caller) {
    return directives
        .view(directiveId, caller)
        .flatMap(
            directive ->
                AttachmentPolicy.mayChange(directive, caller)
                    .<Mono<Directive>>map(refusal -> Mono.error(AttachmentProblems.of(refusal)))
                    .orElseGet(() -> Mono.just(directive)));
  }

  private Attachment recordOf(
      String id, Directive directive, UploadInspection inspection, Caller caller) {
    return new Attachment(
        id,
        directive.id(),
        inspection.name(),
        inspection.type(),
        inspection.size(),
        inspection.sha256(),
        caller.username(),
        now());
  }

  /** MongoDB keeps milliseconds: what is answered and what is read back must agree. */
  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
