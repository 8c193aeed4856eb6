package vn.chidao.directive.textimport.adapter.in.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.directive.textimport.model.DocumentTextImport;
import vn.chidao.directive.textimport.model.Extracted;
import vn.chidao.platform.problem.ProblemException;

/**
 * {@code POST /api/directives/import} with the plain text of a document: answers the fields read
 * from it, each with its span of the text, for the user to check before issuing. Nothing is stored.
 */
@RestController
class TextImportController {

  /** Longest text accepted (a long directive with its appendices is ~100,000 characters). */
  static final int MAX_CHARS = 200_000;

  /**
   * @param text the submitted text in Unicode NFC with {@code \n} line ends; every {@code start}
   *     and {@code end} counts characters (UTF-16 units) of this text
   */
  record ImportResponse(String text, List<Extracted> fields) {}

  @PostMapping(
      path = "/api/directives/import",
      consumes = MediaType.TEXT_PLAIN_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer')")
  Mono<ImportResponse> read(@RequestBody(required = false) String text) {
    if (text == null || text.isBlank()) {
      return Mono.error(
          ProblemException.badRequest(
              "import-text-empty", "Cần gửi nội dung văn bản (text/plain, UTF-8)."));
    }
    if (text.length() > MAX_CHARS) {
      return Mono.error(
          ProblemException.badRequest(
              "import-text-too-long", "Nội dung văn bản dài tối đa " + MAX_CHARS + " ký tự."));
    }
    // Regular expressions over a long text are CPU work: kept off the event loop.
    return Mono.fromCallable(() -> DocumentTextImport.read(text))
        .subscribeOn(Schedulers.boundedElastic())
        .map(proposal -> new ImportResponse(proposal.text(), proposal.fields()));
  }
}
