package vn.chidao.identity.org.application;

import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Who may change which part of the tree (issue 3, point 4): a central admin everything, a province
 * admin their province, a unit admin the units below their own. A unit of another province, like an
 * unknown one, is "not found" for everyone but the centre (see {@link ReadingDirectory}).
 */
final class AccessRules {

  private AccessRules() {}

  static void requireAdmin(ChidaoUser caller) {
    if (!caller.isCentral()
        && !caller.hasRole(ChidaoRoles.PROVINCE_ADMIN)
        && !caller.hasRole(ChidaoRoles.UNIT_ADMIN)) {
      throw ProblemException.forbidden(
          "org-admin-required",
          "Chỉ quản trị viên Trung ương, tỉnh hoặc đơn vị mới được thay đổi cơ cấu tổ chức.");
    }
  }

  static boolean visible(ChidaoUser caller, UnitVersion unit) {
    return unit != null && caller.mayAccessTenant(unit.tenant());
  }

  static ProblemException notFound(String id) {
    return ProblemException.notFound(
        "unit-not-found", "Không tìm thấy đơn vị có mã \"" + id + "\" trong phạm vi của bạn.");
  }

  /** The caller changes this unit itself (renames, moves, closes, merges or splits it). */
  static void requireManages(ChidaoUser caller, UnitVersion unit) {
    boolean allowed =
        caller.isCentral()
            || provinceAdminOf(caller, unit)
            || (caller.hasRole(ChidaoRoles.UNIT_ADMIN)
                && caller.covers(unit.path())
                && !unit.path().equals(caller.unitPath()));
    if (!allowed) {
      throw outside(unit);
    }
  }

  /** The caller places something under this unit (new parent, successor, parent of a new unit). */
  static void requireMayAttachTo(ChidaoUser caller, UnitVersion unit) {
    boolean allowed =
        caller.isCentral()
            || provinceAdminOf(caller, unit)
            || (caller.hasRole(ChidaoRoles.UNIT_ADMIN) && caller.covers(unit.path()));
    if (!allowed) {
      throw outside(unit);
    }
  }

  private static boolean provinceAdminOf(ChidaoUser caller, UnitVersion unit) {
    return caller.hasRole(ChidaoRoles.PROVINCE_ADMIN)
        && caller.province() != null
        && caller.province().equals(unit.tenant());
  }

  private static ProblemException outside(UnitVersion unit) {
    return ProblemException.forbidden(
        "outside-your-subtree",
        "Đơn vị \"" + unit.unitId() + "\" nằm ngoài phạm vi bạn được quản trị.");
  }
}
