package vn.chidao.identity.org.adapter.in.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.chidao.identity.org.application.ReadingDirectory.MyPlace;

/**
 * Who the caller is: what their token says (username, unit, province, roles), their unit as the
 * directory knows it (null when it does not) and their memberships.
 */
record MeView(
    String username,
    String unitId,
    String unitPath,
    String province,
    Set<String> roles,
    UnitView unit,
    List<MembershipView> memberships) {

  static MeView of(MyPlace place) {
    return new MeView(
        place.user().username(),
        place.user().unitId(),
        place.user().unitPath(),
        place.user().province(),
        new TreeSet<>(place.user().roles()),
        place.unit() == null ? null : UnitView.of(place.unit()),
        place.memberships().stream().map(MembershipView::of).toList());
  }
}
