package vn.chidao.identity.people.application;

import java.util.Collection;
import java.util.Set;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Who may see and manage which people (issue 3, point 4). Reading follows the tree: anyone reads
 * the people of their own province, the centre every province, and another province's people are
 * "not found" exactly like unknown ones. Managing (join, change, leave): a central admin everyone,
 * a province admin the people of their province, a unit admin the people of their own unit and
 * everything below it; nobody else. Roles can only be handed out by someone who could hold them: a
 * unit admin grants up to {@code unit-admin}, a province admin also {@code province-admin}, only
 * the centre {@code central-admin}.
 */
final class PeopleAccess {

  private static final Set<String> UNIT_ADMIN_GRANTS =
      Set.of(
          ChidaoRoles.UNIT_ADMIN,
          ChidaoRoles.ISSUER,
          ChidaoRoles.REPORTER,
          ChidaoRoles.REVIEWER,
          ChidaoRoles.MEMBER);

  private PeopleAccess() {}

  static boolean mayRead(ChidaoUser caller, OrgUnit unit) {
    return caller.mayAccessTenant(unit.tenant());
  }

  static boolean mayManage(ChidaoUser caller, OrgUnit unit) {
    return caller.isCentral()
        || (caller.hasRole(ChidaoRoles.PROVINCE_ADMIN) && unit.tenant().equals(caller.province()))
        || (caller.hasRole(ChidaoRoles.UNIT_ADMIN)
            && unit.tenant().equals(caller.province())
            && caller.covers(unit.path()));
  }

  static void requireAdmin(ChidaoUser caller) {
    if (!caller.isCentral()
        && !caller.hasRole(ChidaoRoles.PROVINCE_ADMIN)
        && !caller.hasRole(ChidaoRoles.UNIT_ADMIN)) {
      throw ProblemException.forbidden(
          "people-admin-required",
          "Chỉ quản trị viên Trung ương, tỉnh hoặc đơn vị mới được quản lý nhân sự.");
    }
  }

  /** The unit is one the caller may read (else 404) and manage (else 403). */
  static void requireManages(ChidaoUser caller, OrgUnit unit) {
    if (!mayRead(caller, unit)) {
      throw unitNotFound(unit.id());
    }
    if (!mayManage(caller, unit)) {
      throw ProblemException.forbidden(
          "outside-your-subtree",
          "Đơn vị \"" + unit.id() + "\" nằm ngoài phạm vi bạn được quản trị nhân sự.");
    }
  }

  /** An admin does not change their own posts: nobody raises their own roles. */
  static void requireNotSelf(ChidaoUser caller, String username) {
    if (!caller.isCentral() && username.equals(caller.username())) {
      throw ProblemException.forbidden(
          "own-membership",
          "Bạn không thể tự thay đổi chức vụ hoặc vai trò của chính mình; hãy nhờ cấp trên.");
    }
  }

  static void requireMayGrant(ChidaoUser caller, Collection<String> roles) {
    for (String role : roles) {
      boolean allowed =
          caller.isCentral()
              || (caller.hasRole(ChidaoRoles.PROVINCE_ADMIN)
                  && (role.equals(ChidaoRoles.PROVINCE_ADMIN) || UNIT_ADMIN_GRANTS.contains(role)))
              || UNIT_ADMIN_GRANTS.contains(role);
      if (!allowed) {
        throw ProblemException.forbidden(
            "role-not-grantable", "Bạn không được giao vai trò \"" + role + "\".");
      }
    }
  }

  static ProblemException unitNotFound(String id) {
    return ProblemException.notFound(
        "unit-not-found", "Không tìm thấy đơn vị có mã \"" + id + "\" trong phạm vi của bạn.");
  }

  static ProblemException personNotFound(String username) {
    return ProblemException.notFound(
        "person-not-found",
        "Không tìm thấy người dùng \"" + username + "\" trong phạm vi của bạn.");
  }
}
