package vn.chidao.identity.org.adapter.in.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.TreeQueries;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.CurrentUser;

/** Subtrees, ancestors, history, the tree on a date and search by name. */
@RestController
@RequestMapping("/api/org")
class TreeController {

  private final TreeQueries queries;

  TreeController(TreeQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/units/{id}/subtree")
  Mono<SubtreePageView> subtree(
      @PathVariable String id,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return CurrentUser.get()
        .flatMap(caller -> queries.subtree(caller, id, kind, page, size))
        .map(SubtreePageView::of);
  }

  @GetMapping("/units/{id}/ancestors")
  Mono<List<UnitView>> ancestors(@PathVariable String id) {
    return CurrentUser.get()
        .flatMap(caller -> queries.ancestors(caller, id))
        .map(units -> units.stream().map(UnitView::of).toList());
  }

  @GetMapping("/units/{id}/history")
  Mono<List<UnitVersionView>> history(@PathVariable String id) {
    return CurrentUser.get()
        .flatMap(caller -> queries.versions(caller, id))
        .map(versions -> versions.stream().map(UnitVersionView::of).toList());
  }

  @GetMapping("/tree")
  Mono<List<UnitView>> tree(
      @RequestParam String asOf, @RequestParam(required = false) String root) {
    return Mono.fromCallable(() -> parseDay(asOf))
        .flatMap(day -> CurrentUser.get().flatMap(caller -> queries.asOf(caller, day, root)))
        .map(units -> units.stream().map(UnitView::of).toList());
  }

  @GetMapping("/search")
  Mono<List<UnitView>> search(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
    return CurrentUser.get()
        .flatMap(caller -> queries.search(caller, q, limit))
        .map(units -> units.stream().map(UnitView::of).toList());
  }

  private static LocalDate parseDay(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          "bad-date",
          "Ngày \"" + text + "\" không hợp lệ; dùng dạng năm-tháng-ngày, ví dụ 2024-06-30.");
    }
  }
}
