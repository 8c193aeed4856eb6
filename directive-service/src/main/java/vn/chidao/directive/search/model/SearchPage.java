package vn.chidao.directive.search.model;

import java.util.List;

/**
 * One page of hits, newest first.
 *
 * @param total hits on all pages together
 */
public record SearchPage(List<DirectiveSummary> items, int page, int size, long total) {

  public SearchPage {
    items = List.copyOf(items);
  }

  public static SearchPage empty(DirectiveQuery query) {
    return new SearchPage(List.of(), query.page(), query.size(), 0);
  }
}
