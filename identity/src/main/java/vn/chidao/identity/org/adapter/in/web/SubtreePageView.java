package vn.chidao.identity.org.adapter.in.web;

import java.util.List;
import vn.chidao.identity.org.application.TreeQueries.SubtreePage;

/** One page of a subtree; {@code total} counts every matching unit. */
record SubtreePageView(List<UnitView> items, int page, int size, long total) {

  static SubtreePageView of(SubtreePage page) {
    return new SubtreePageView(
        page.items().stream().map(UnitView::of).toList(), page.page(), page.size(), page.total());
  }
}
