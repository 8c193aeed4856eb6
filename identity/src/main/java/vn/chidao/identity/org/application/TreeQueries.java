package vn.chidao.identity.org.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.NameFolding;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitKind;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Questions about the shape of the tree: subtrees, ancestors, the tree on a past date, search by
 * name. Same visibility as {@link ReadingDirectory}: a caller sees their own province only.
 */
@Service
public class TreeQueries {

  public static final int MAX_PAGE_SIZE = 500;
  public static final int MAX_SEARCH_RESULTS = 100;

  private final HistoryStore history;

  public TreeQueries(HistoryStore history) {
    this.history = history;
  }

  /** One page of the current units at or below a unit, ordered by path. */
  public Mono<SubtreePage> subtree(ChidaoUser caller, String id, String kind, int page, int size) {
    if (kind != null && UnitKind.parse(kind).isEmpty()) {
      return Mono.error(
          ProblemException.badRequest(
              "unknown-kind", "Loại đơn vị \"" + kind + "\" không hợp lệ."));
    }
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      return Mono.error(
          ProblemException.badRequest(
              "bad-page",
              "Trang phải từ 0 trở lên và kích thước trang từ 1 đến " + MAX_PAGE_SIZE + "."));
    }
    String tenant = tenantFilter(caller);
    return current(caller, id)
        .flatMap(
            root ->
                Mono.zip(
                    history
                        .currentSubtree(root.path(), kind, tenant, (long) page * size, size)
                        .map(UnitVersion::toUnit)
                        .collectList(),
                    history.countSubtree(root.path(), kind, tenant),
                    (items, total) -> new SubtreePage(items, page, size, total)));
  }

  /** The chain of units above a unit, from the top down, as far as the caller may see. */
  public Mono<List<OrgUnit>> ancestors(ChidaoUser caller, String id) {
    return current(caller, id)
        .flatMap(
            unit -> {
              List<String> above =
                  Arrays.stream(unit.path().split("/"))
                      .filter(segment -> !segment.isEmpty() && !segment.equals(id))
                      .toList();
              return history
                  .currentByIds(above)
                  .filter(ancestor -> AccessRules.visible(caller, ancestor))
                  .map(UnitVersion::toUnit)
                  .sort(Comparator.comparing(ancestor -> ancestor.path().length()))
                  .collectList();
            });
  }

  /**
   * The tree as it stood on {@code day}: under {@code rootId} as the unit stood then, or the whole
   * part of the tree the caller may see.
   */
  public Mono<List<OrgUnit>> asOf(ChidaoUser caller, LocalDate day, String rootId) {
    Mono<String> path =
        rootId == null
            ? Mono.just("/")
            : history
                .versions(rootId)
                .filter(version -> version.holdsOn(day))
                .filter(version -> AccessRules.visible(caller, version))
                .next()
                .map(UnitVersion::path)
                .switchIfEmpty(
                    Mono.error(
                        () ->
                            ProblemException.notFound(
                                "unit-not-found",
                                "Không tìm thấy đơn vị có mã \""
                                    + rootId
                                    + "\" vào ngày "
                                    + day
                                    + " trong phạm vi của bạn.")));
    return path.flatMap(
        prefix ->
            history
                .asOf(day, prefix, tenantFilter(caller))
                .map(UnitVersion::toUnitActive)
                .collectList());
  }

  /** Current units whose name contains the text, diacritics and case ignored. */
  public Mono<List<OrgUnit>> search(ChidaoUser caller, String text, int limit) {
    String folded = NameFolding.fold(text);
    if (folded.isEmpty()) {
      return Mono.error(
          ProblemException.badRequest("search-text-required", "Hãy nhập tên đơn vị cần tìm."));
    }
    int bounded = Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS));
    return history
        .search(folded, tenantFilter(caller), bounded)
        .map(UnitVersion::toUnit)
        .collectList();
  }

  /** Every version of a unit, oldest first; 404 like any other read outside the caller's scope. */
  public Mono<List<UnitVersion>> versions(ChidaoUser caller, String id) {
    return history
        .versions(id)
        .collectList()
        .filter(
            versions ->
                !versions.isEmpty()
                    && AccessRules.visible(caller, versions.get(versions.size() - 1)))
        .switchIfEmpty(Mono.error(() -> AccessRules.notFound(id)));
  }

  private Mono<UnitVersion> current(ChidaoUser caller, String id) {
    return history
        .current(id)
        .filter(unit -> AccessRules.visible(caller, unit))
        .switchIfEmpty(Mono.error(() -> AccessRules.notFound(id)));
  }

  /** Null for the centre (every province), otherwise the caller's province. */
  private static String tenantFilter(ChidaoUser caller) {
    return caller.isCentral() ? null : caller.province() == null ? "" : caller.province();
  }

  public record SubtreePage(List<OrgUnit> items, int page, int size, long total) {}
}
