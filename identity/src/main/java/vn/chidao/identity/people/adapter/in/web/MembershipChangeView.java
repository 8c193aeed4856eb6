package vn.chidao.identity.people.adapter.in.web;

import vn.chidao.identity.people.application.MembershipResult;
import vn.chidao.identity.people.application.ReadingPeople.Member;

/**
 * A membership after a change, and what happened to the person's login account: {@code CREATED},
 * {@code UPDATED}, {@code UNCHANGED}, {@code DISABLED}, {@code PENDING} (Keycloak away: the change
 * stands and is provisioned by the relay) or {@code NOT_MANAGED}.
 */
record MembershipChangeView(MemberView membership, String account) {

  static MembershipChangeView of(MembershipResult result) {
    return new MembershipChangeView(
        MemberView.of(new Member(result.membership(), result.unit())), result.account().name());
  }
}
