package vn.chidao.identity.people.application;

import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgUnit;

/** A membership after a change, its unit, and what happened to the person's account. */
public record MembershipResult(Membership membership, OrgUnit unit, AccountOutcome account) {}
