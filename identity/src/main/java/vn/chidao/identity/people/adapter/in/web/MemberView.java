package vn.chidao.identity.people.adapter.in.web;

import java.util.List;
import vn.chidao.identity.org.model.Positions;
import vn.chidao.identity.people.application.ReadingPeople.Member;

/** A person's post in a unit, with the unit's name and the position's Vietnamese label. */
record MemberView(
    String username,
    String email,
    String unitId,
    String unitName,
    String unitPath,
    String tenant,
    String position,
    String positionLabel,
    List<String> roles,
    boolean active) {

  static MemberView of(Member member) {
    return new MemberView(
        member.membership().username(),
        member.membership().email(),
        member.unit().id(),
        member.unit().name(),
        member.unit().path(),
        member.membership().tenant(),
        member.membership().position(),
        Positions.label(member.membership().position()),
        member.membership().roles(),
        member.membership().active());
  }
}
