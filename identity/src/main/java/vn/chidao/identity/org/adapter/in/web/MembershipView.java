package vn.chidao.identity.org.adapter.in.web;

import java.util.List;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.Positions;

/** One of the caller's memberships, with the position's Vietnamese label. */
record MembershipView(
    String unitId,
    String tenant,
    String position,
    String positionLabel,
    List<String> roles,
    String email,
    boolean active) {

  static MembershipView of(Membership membership) {
    return new MembershipView(
        membership.unitId(),
        membership.tenant(),
        membership.position(),
        Positions.label(membership.position()),
        membership.roles(),
        membership.email(),
        membership.active());
  }
}
