package vn.chidao.directive.search.model;

import java.util.List;

/**
 * A search: folded words that must all occur in a directive's search text, filters, and the page
 * wanted.
 *
 * @param words folded as {@link vn.chidao.directive.issue.model.SearchText#words}; may be empty
 *     only when there are filters
 * @param page zero-based
 */
public record DirectiveQuery(List<String> words, DirectiveFilters filters, int page, int size) {

  public static final int QUERY_MAX = 200;
  public static final int SIZE_DEFAULT = 20;
  public static final int SIZE_MAX = 100;

  /** Bounds how far a client can page: skipping is linear in the offset. */
  public static final int PAGE_MAX = 10_000;

  /** Words without filters. */
  public DirectiveQuery(List<String> words, int page, int size) {
    this(words, DirectiveFilters.NONE, page, size);
  }

  public DirectiveQuery {
    words = List.copyOf(words);
    filters = filters == null ? DirectiveFilters.NONE : filters;
    if (words.isEmpty() && filters.isEmpty()) {
      throw new IllegalArgumentException("a search needs at least one word or one filter");
    }
    if (page < 0 || page > PAGE_MAX) {
      throw new IllegalArgumentException("page must be 0.." + PAGE_MAX);
    }
    if (size < 1 || size > SIZE_MAX) {
      throw new IllegalArgumentException("size must be 1.." + SIZE_MAX);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
