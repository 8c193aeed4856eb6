package vn.chidao.reporting.attachment;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
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
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;
import vn.chidao.reporting.submission.ObligationView;

/**
 * {@code /api/reports/obligations/{id}/attachments}: upload (multipart, one part named {@code
 * file}), download, delete. The list is part of the obligation's view ({@code attachments}).
 */
@RestController
@RequestMapping("/api/reports/obligations/{obligationId}/attachments")
class ReportAttachmentController {

  static final String FILE_PART = "file";

  /** Room for multipart boundaries and part headers on top of the file itself. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  private final ReportAttachments attachments;

  ReportAttachmentController(ReportAttachments attachments) {
    this.attachments = attachments;
  }

  @PostMapping(
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<ObligationView.AttachmentView>> upload(
      @PathVariable String obligationId,
      @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
      @RequestBody Flux<PartEvent> parts) {
    if (contentLength != null && contentLength > attachments.maxBytes() + MULTIPART_OVERHEAD) {
      // Declared too large: refused before a byte of the body is read.
      return Mono.error(AttachmentProblems.of(UploadInspection.tooLarge(attachments.maxBytes())));
    }
    return caller()
        .flatMap(user -> attachments.mayAttach(user, obligationId).map(o -> user))
        .flatMap(user -> storeFilePart(user, obligationId, parts))
        // A refusal before the body was read: read it anyway (it is within the limit), since
        // answering while the client still sends makes the server drop the connection. When the
        // body was already read, it cannot be read twice and this does nothing.
        .onErrorResume(
            refused ->
                parts
                    .doOnNext(e -> DataBufferUtils.release(e.content()))
                    .then()
                    .onErrorComplete()
                    .then(Mono.error(refused)))
        .map(
            stored -> {
              ObligationView.AttachmentView view = ReportAttachments.view(obligationId, stored);
              return ResponseEntity.created(URI.create(view.href())).body(view);
            });
  }

  @GetMapping("/{attachmentId}")
  Mono<ResponseEntity<byte[]>> download(
      @PathVariable String obligationId, @PathVariable String attachmentId) {
    return caller()
        .flatMap(user -> attachments.open(user, obligationId, attachmentId))
        .map(
            download -> {
              AttachmentDocument a = download.attachment();
              return ResponseEntity.ok()
                  .contentType(MediaType.parseMediaType(a.contentType()))
                  .contentLength(a.size())
                  .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(a.name()))
                  .header("X-Content-Type-Options", "nosniff")
                  // RFC 9530: lets a client check the bytes it got against the stored digest.
                  .header("Repr-Digest", "sha-256=:" + base64(a.sha256()) + ":")
                  .body(download.content());
            });
  }

  @DeleteMapping("/{attachmentId}")
  Mono<ResponseEntity<Void>> delete(
      @PathVariable String obligationId, @PathVariable String attachmentId) {
    return caller()
        .flatMap(user -> attachments.remove(user, obligationId, attachmentId))
        .thenReturn(ResponseEntity.noContent().build());
  }

  /**
   * Stores the one part named {@code file}; other fields are read and dropped. No such part, or
   * several, → 400 and nothing kept.
   */
  private Mono<AttachmentDocument> storeFilePart(
      ChidaoUser user, String obligationId, Flux<PartEvent> parts) {
    return parts
        .windowUntil(PartEvent::isLast)
        .concatMap(
            part ->
                part.switchOnFirst(
                    (first, events) -> {
                      if (first.get() instanceof FilePartEvent file
                          && FILE_PART.equals(file.name())) {
                        // The whole part is read before it is judged: answering while the
                        // client still sends makes the server drop the connection instead.
                        return received(events)
                            .flatMap(
                                bytes ->
                                    attachments
                                        .mayAttach(user, obligationId)
                                        .flatMap(
                                            o ->
                                                attachments.attach(
                                                    user, o, file.filename(), Flux.just(bytes))));
                      }
                      return events
                          .doOnNext(e -> DataBufferUtils.release(e.content()))
                          .then(Mono.<AttachmentDocument>empty());
                    }))
        .collectList()
        .flatMap(stored -> exactlyOne(user, obligationId, stored));
  }

  /**
   * The part's bytes, keeping at most one byte over the limit (enough for the inspection to refuse
   * it) while the rest is read and dropped; a body sent without a length that goes on far past the
   * limit is cut off.
   */
  private Mono<byte[]> received(Flux<PartEvent> events) {
    long keep = attachments.maxBytes() + 1;
    long cutOff = 2 * attachments.maxBytes() + MULTIPART_OVERHEAD;
    long[] seen = {0};
    return events
        .map(e -> bytesOf(e.content()))
        .collect(
            ByteArrayOutputStream::new,
            (out, chunk) -> {
              seen[0] += chunk.length;
              if (seen[0] > cutOff) {
                throw AttachmentProblems.of(UploadInspection.tooLarge(attachments.maxBytes()));
              }
              int room = (int) Math.max(0, Math.min(chunk.length, keep - out.size()));
              out.write(chunk, 0, room);
            })
        .map(ByteArrayOutputStream::toByteArray);
  }

  private Mono<AttachmentDocument> exactlyOne(
      ChidaoUser user, String obligationId, List<AttachmentDocument> stored) {
    if (stored.size() == 1) {
      return Mono.just(stored.get(0));
    }
    Mono<Void> undo =
        Flux.fromIterable(stored)
            .concatMap(a -> attachments.remove(user, obligationId, a.id()))
            .then();
    String detail =
        stored.isEmpty()
            ? "Cần gửi tệp đính kèm trong trường \"file\" của biểu mẫu multipart."
            : "Mỗi lần chỉ được gửi một tệp đính kèm (trường \"file\").";
    return undo.then(Mono.error(ProblemException.badRequest("attachment-missing", detail)));
  }

  private static Mono<ChidaoUser> caller() {
    return CurrentUser.get()
        .filter(user -> user.unitId() != null && user.province() != null)
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.forbidden(
                        "no-unit", "Tài khoản của bạn chưa được gán vào đơn vị nào.")));
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
