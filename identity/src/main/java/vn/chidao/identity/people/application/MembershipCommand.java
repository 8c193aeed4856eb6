package vn.chidao.identity.people.application;

import java.util.List;

/**
 * A person's post in a unit as an admin asks for it: on joining, every field; on a change, the
 * fields to change (null keeps the stored value).
 */
public record MembershipCommand(
    String username, String email, String position, List<String> roles) {

  public MembershipCommand {
    roles = roles == null ? null : List.copyOf(roles);
    email = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
