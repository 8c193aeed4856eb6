package vn.chidao.identity.orgimport.adapter.in.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.identity.orgimport.adapter.in.file.ImportFileReader;
import vn.chidao.identity.orgimport.application.ImportFormat;
import vn.chidao.identity.orgimport.application.ImportingDirectory;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.CurrentUser;

/**
 * Bulk import of a tree: the file is the request body ({@code text/csv} or {@code
 * application/json}, UTF-8), read up to {@link ImportProperties#maxSize()} without the JSON codec's
 * in-memory limit. Answers 202 with the job to poll, or a problem listing every bad line.
 */
@RestController
@RequestMapping("/api/org/imports")
class ImportController {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private final ImportingDirectory importing;
  private final ImportProperties properties;
  private final Clock clock;

  ImportController(ImportingDirectory importing, ImportProperties properties, Clock clock) {
    this.importing = importing;
    this.properties = properties;
    this.clock = clock;
  }

  @PostMapping
  Mono<ResponseEntity<ImportJobView>> start(
      ServerHttpRequest request,
      @RequestParam(required = false) String province,
      @RequestParam(required = false) String effective) {
    return CurrentUser.get()
        .flatMap(
            caller -> {
              // Who and what before reading up to 32 MB.
              var scope = importing.scopeFor(caller, province);
              ImportFormat format = format(request.getHeaders().getContentType());
              LocalDate day = day(effective);
              return body(request)
                  .publishOn(Schedulers.boundedElastic())
                  .map(bytes -> ImportFileReader.read(bytes, format))
                  .flatMap(file -> importing.start(caller, scope, file, day));
            })
        .map(
            job ->
                ResponseEntity.status(HttpStatus.ACCEPTED)
                    .location(URI.create("/api/org/imports/" + job.id()))
                    .body(ImportJobView.of(job)));
  }

  @GetMapping("/{id}")
  Mono<ImportJobView> job(@PathVariable String id) {
    return CurrentUser.get().flatMap(caller -> importing.job(caller, id)).map(ImportJobView::of);
  }

  private Mono<byte[]> body(ServerHttpRequest request) {
    int limit = (int) properties.maxSize().toBytes();
    return DataBufferUtils.join(request.getBody(), limit)
        .map(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              DataBufferUtils.release(buffer);
              return bytes;
            })
        .defaultIfEmpty(new byte[0])
        .onErrorMap(
            DataBufferLimitException.class,
            tooLarge ->
                new ProblemException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "import-too-large",
                    "Tệp quá lớn",
                    "Tệp nhập lớn hơn "
                        + properties.maxSize().toMegabytes()
                        + " MB; không đơn vị nào được nhập. Hãy chia tệp theo tỉnh."));
  }

  private static ImportFormat format(MediaType type) {
    if (type != null && type.isCompatibleWith(CSV)) {
      return ImportFormat.CSV;
    }
    if (type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
      return ImportFormat.JSON;
    }
    throw new ProblemException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "import-format",
        "Kiểu tệp không được hỗ trợ",
        "Hãy gửi tệp CSV (Content-Type: text/csv) hoặc JSON (application/json), mã hóa UTF-8.");
  }

  private LocalDate day(String effective) {
    if (effective == null || effective.isBlank()) {
      return LocalDate.now(clock.withZone(VIETNAM));
    }
    try {
      return LocalDate.parse(effective);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          "bad-date",
          "Ngày \"" + effective + "\" không hợp lệ; dùng dạng năm-tháng-ngày, ví dụ 2025-07-01.");
    }
  }
}
