package vn.chidao.reporting.obligation;

import java.util.List;

/**
 * One page of a unit's obligations.
 *
 * @param page zero-based page number
 * @param total number of obligations on all pages
 */
public record ObligationPage(List<ObligationItem> items, int page, int size, long total) {

  public ObligationPage {
    items = List.copyOf(items);
  }
}
