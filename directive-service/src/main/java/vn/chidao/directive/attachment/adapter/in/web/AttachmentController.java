package vn.chidao.directive.attachment.adapter.in.web;

import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.attachments.ContentDispositions;
import vn.chidao.attachments.UploadInspection;
import vn.chidao.directive.attachment.application.AttachingFiles;
import vn.chidao.directive.attachment.application.AttachmentProblems;
import vn.chidao.directive.attachment.application.ReadingAttachments;
import vn.chidao.directive.attachment.model.Attachment;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.platform.problem.ProblemException;

/**
 * {@code /api/directives/{id}/attachments}: upload (multipart, field {@code file}), list, download,
 * delete. The upload is read as a stream of multipart events, so the file flows from the socket to
 * GridFS in small buffers and is never held whole in memory or on a temporary disk.
 */
@RestController
@RequestMapping(path = "/api/directives/{directiveId}/attachments")
class AttachmentController {

  static final String FILE_PART = "file";

  /** Room for multipart boundaries and part headers on top of the file itself. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  private final AttachingFiles attaching;
  private final ReadingAttachments reading;

  AttachmentController(AttachingFiles attaching, ReadingAttachments reading) {
    this.attaching = attaching;
    this.reading = reading;
  }

  @PostMapping(
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer')")
  Mono<ResponseEntity<AttachmentResponse>> upload(
      @PathVariable String directiveId,
      @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
      @RequestBody Flux<PartEvent> parts) {
    if (contentLength != null && contentLength > attaching.maxBytes() + MULTIPART_OVERHEAD) {
      // Declared too large: refused before a byte of the body is read.
      return Mono.error(AttachmentProblems.of(UploadInspection.tooLarge(attaching.maxBytes())));
    }
    return Callers.current()
        .flatMap(
            caller ->
                attaching
                    .mayAttach(directiveId, caller)
                    .flatMap(directive -> storeFileParts(directive, parts, caller)))
        .map(
            attachment ->
                ResponseEntity.created(URI.create(AttachmentResponse.of(attachment).href()))
                    .body(AttachmentResponse.of(attachment)));
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<List<AttachmentResponse>> list(@PathVariable String directiveId) {
    return Callers.current()
        .flatMapMany(caller -> reading.list(directiveId, caller))
        .map(AttachmentResponse::of)
        .collectList();
  }

  @GetMapping("/{attachmentId}")
  Mono<ResponseEntity<Flux<DataBuffer>>> download(
      @PathVariable String directiveId, @PathVariable String attachmentId) {
    return Callers.current()
        .flatMap(caller -> reading.open(directiveId, attachmentId, caller))
        .map(
            download -> {
              Attachment attachment = download.attachment();
              Flux<DataBuffer> body =
                  download.content().map(DefaultDataBufferFactory.sharedInstance::wrap);
              return ResponseEntity.ok()
                  .contentType(MediaType.parseMediaType(attachment.type().mediaType()))
                  .contentLength(attachment.size())
                  .header(
                      HttpHeaders.CONTENT_DISPOSITION,
                      ContentDispositions.attachment(attachment.name().value()))
                  .header("X-Content-Type-Options", "nosniff")
                  // RFC 9530: lets a client check the bytes it got against the stored digest.
                  .header("Repr-Digest", "sha-256=:" + base64(attachment.sha256()) + ":")
                  .body(body);
            });
  }

  @DeleteMapping("/{attachmentId}")
  @PreAuthorize("hasRole('issuer')")
  Mono<ResponseEntity<Void>> delete(
      @PathVariable String directiveId, @PathVariable String attachmentId) {
    return Callers.current()
        .flatMap(caller -> attaching.remove(directiveId, attachmentId, caller))
        .thenReturn(ResponseEntity.noContent().build());
  }

  /**
   * Stores the one part named {@code file}; other fields are read and dropped. A request with no
   * such part, or with several, stores nothing.
   */
  private Mono<Attachment> storeFileParts(
      Directive directive, Flux<PartEvent> parts, Caller caller) {
    return parts
        .windowUntil(PartEvent::isLast)
        .concatMap(
            part ->
                part.switchOnFirst(
                    (first, events) -> {
                      if (first.get() instanceof FilePartEvent file
                          && FILE_PART.equals(file.name())) {
                        return attaching.attach(
                            directive,
                            file.filename(),
                            events.map(e -> bytesOf(e.content())),
                            caller);
                      }
                      return events
                          .doOnNext(e -> DataBufferUtils.release(e.content()))
                          .then(Mono.<Attachment>empty());
                    }))
        .collectList()
        .flatMap(stored -> exactlyOne(stored, caller));
  }

  private Mono<Attachment> exactlyOne(List<Attachment> stored, Caller caller) {
    if (stored.size() == 1) {
      return Mono.just(stored.get(0));
    }
    Mono<Void> undo =
        Flux.fromIterable(stored)
            .concatMap(
                attachment -> attaching.remove(attachment.directiveId(), attachment.id(), caller))
            .then();
    String detail =
        stored.isEmpty()
            ? "Cần gửi tệp đính kèm trong trường \"file\" của biểu mẫu multipart."
            : "Mỗi lần chỉ được gửi một tệp đính kèm (trường \"file\").";
    return undo.then(Mono.error(ProblemException.badRequest("attachment-missing", detail)));
  }

  /** Copies a network buffer and gives it back at once, so pooled memory is never held. */
  private static byte[] bytesOf(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static String base64(String hex) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
  }
}
