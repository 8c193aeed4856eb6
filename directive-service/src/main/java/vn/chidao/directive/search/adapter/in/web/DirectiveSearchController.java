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
import vn.chidao.directive.search.model.DirectiveFilters;
import vn.chidao.directive.search.model.DirectiveQuery;
import vn.chidao.directive.search.model.SearchPage;
import vn.chidao.platform.problem.ProblemException;

/**
 * {@code GET /api/directives?q=dan van&type=TT&issuer=dong-nai&from=2026-01-01&to=2026-12-31
 * &state=ISSUED&page=0&size=20}: search without diacritics, narrowed by filters.
 */
@RestController
class DirectiveSearchController {

  static final String INVALID = "invalid-search";

  private final SearchingDirectives searching;

  DirectiveSearchController(SearchingDirectives searching) {
    this.searching = searching;
  }

  /** Parameters arrive as text so that every bad value gets a Vietnamese problem from here. */
  @GetMapping(path = "/api/directives", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<SearchPage> search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) List<String> type,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) List<String> state) {
    return Mono.fromCallable(
            () -> queryOf(q, page, size, SearchFilters.parse(type, issuer, from, to, state)))
        .flatMap(query -> Callers.current().flatMap(caller -> searching.search(query, caller)));
  }

  static DirectiveQuery queryOf(String q, String page, String size) {
    return queryOf(q, page, size, DirectiveFilters.NONE);
  }

  /** Words are required unless a filter narrows the search. */
  static DirectiveQuery queryOf(String q, String page, String size, DirectiveFilters filters) {
    String text = q == null ? "" : Normalizer.normalize(q, Normalizer.Form.NFC).strip();
    if (text.isEmpty() && filters.isEmpty()) {
      throw ProblemException.badRequest(
          INVALID, "Cần nhập từ khóa tìm kiếm (tham số q) hoặc ít nhất một bộ lọc.");
    }
    if (text.length() > DirectiveQuery.QUERY_MAX) {
      throw ProblemException.badRequest(
          INVALID, "Từ khóa tìm kiếm dài tối đa " + DirectiveQuery.QUERY_MAX + " ký tự.");
    }
    List<String> words = SearchText.words(text);
    if (words.isEmpty() && filters.isEmpty()) {
      throw ProblemException.badRequest(INVALID, "Từ khóa tìm kiếm không có chữ nào để tìm.");
    }
    int pageNumber = number(page, 0, 0, DirectiveQuery.PAGE_MAX, "page");
    int pageSize = number(size, DirectiveQuery.SIZE_DEFAULT, 1, DirectiveQuery.SIZE_MAX, "size");
    return new DirectiveQuery(words, filters, pageNumber, pageSize);
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
