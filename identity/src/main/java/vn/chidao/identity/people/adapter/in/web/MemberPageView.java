package vn.chidao.identity.people.adapter.in.web;

import java.util.List;
import vn.chidao.identity.people.application.ReadingPeople.MemberPage;

record MemberPageView(List<MemberView> items, int page, int size, long total) {

  static MemberPageView of(MemberPage page) {
    return new MemberPageView(
        page.items().stream().map(MemberView::of).toList(), page.page(), page.size(), page.total());
  }
}
