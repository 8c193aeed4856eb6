package vn.chidao.directive.search.adapter.in.web;

import java.text.Normalizer;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.model.SearchText;
import vn.chidao.directive.search.application.SearchingDirectives;
import vn.chidao.directive.search.model.DirectiveQuery;
import vn.chidao.directive.search.model.SearchPage;
import vn.chidao.platform.problem.ProblemException;

/** {@code GET /api/directives?q=dan van&page=0&size=20}: search without diacritics. */
@RestController
class DirectiveSearchController {

  private static final String INVALID = "invalid-search";

  private final SearchingDirectives searching;

  DirectiveSearchController(SearchingDirectives searching) {
    this.searching = searching;
  }

  /** Parameters arrive as text so that every bad value gets a Vietnamese problem from here. */
  @GetMapping(path = "/api/directives", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<SearchPage> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    return Mono.fromCallable(() -> queryOf(q, page, size))
        .flatMap(query -> Callers.current().flatMap(caller -> searching.search(query, caller)));
  }

  static DirectiveQuery queryOf(String q, String page, String size) {
    String text = q == null ? "" : Normalizer.normalize(q, Normalizer.Form.NFC).strip();
    if (text.isEmpty()) {
      throw ProblemException.badRequest(INVALID, "Cần nhập từ khóa tìm kiếm (tham số q).");
    }
    if (text.length() > DirectiveQuery.QUERY_MAX) {
      throw ProblemException.badRequest(
          INVALID, "Từ khóa tìm kiếm dài tối đa " + DirectiveQuery.QUERY_MAX + " ký tự.");
    }
    List<String> words = SearchText.words(text);
    if (words.isEmpty()) {
      throw ProblemException.badRequest(INVALID, "Từ khóa tìm kiếm không có chữ nào để tìm.");
    }
    int pageNumber = number(page, 0, 0, DirectiveQuery.PAGE_MAX, "page");
    int pageSize = number(size, DirectiveQuery.SIZE_DEFAULT, 1, DirectiveQuery.SIZE_MAX, "size");
    return new DirectiveQuery(words, pageNumber, pageSize);
  }

  private static int number(String value, int absent, int min, int max, String name) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // Answered below like an out-of-range number.
    }
    throw ProblemException.badRequest(
        INVALID, "Tham số " + name + " phải là số nguyên từ " + min + " đến " + max + ".");
  }
}
