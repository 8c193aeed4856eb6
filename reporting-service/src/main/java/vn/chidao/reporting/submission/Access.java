package vn.chidao.reporting.submission;

import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.obligation.ObligationDocument;

/**
 * Who may do what with an obligation, from the token alone. Another province's obligations do not
 * exist for the caller (404); another unit's in the same province are refused (403).
 */
public final class Access {

  private Access() {}

  /** The reporting unit's own people with the reporter (or unit-admin) role. */
  public static void mayReport(ChidaoUser user, ObligationDocument o) {
    if (!user.mayAccessTenant(o.tenant())) {
      throw notFound();
    }
    if (!o.unitId().equals(user.unitId())) {
      throw ProblemException.forbidden(
          "not-your-unit", "Bạn chỉ được lập và gửi báo cáo của đơn vị mình.");
    }
    if (!user.hasRole(ChidaoRoles.REPORTER) && !user.hasRole(ChidaoRoles.UNIT_ADMIN)) {
      throw ProblemException.forbidden(
          "not-a-reporter", "Tài khoản của bạn không có quyền lập báo cáo (vai trò reporter).");
    }
  }

  /** Reviewers of the unit the report goes to (or passes through). */
  public static void mayReview(ChidaoUser user, ObligationDocument o) {
    boolean receiving =
        user.unitId() != null
            && (user.unitId().equals(o.reportToUnitId()) || user.unitId().equals(o.viaUnitId()));
    if (!receiving) {
      if (!user.mayAccessTenant(o.tenant()) && !user.covers(o.unitPath())) {
        throw notFound();
      }
      throw ProblemException.forbidden(
          "not-the-receiving-unit", "Chỉ đơn vị nhận báo cáo mới được trả lại hoặc tiếp nhận.");
    }
    if (!user.hasRole(ChidaoRoles.REVIEWER) && !user.hasRole(ChidaoRoles.UNIT_ADMIN)) {
      throw ProblemException.forbidden(
          "not-a-reviewer", "Tài khoản của bạn không có quyền xem xét báo cáo (vai trò reviewer).");
    }
  }

  /** The unit itself, the receiving unit, and the units above it in the same province. */
  public static void mayView(ChidaoUser user, ObligationDocument o) {
    boolean receiving =
        user.unitId() != null
            && (user.unitId().equals(o.reportToUnitId()) || user.unitId().equals(o.viaUnitId()));
    boolean ownOrAbove = user.mayAccessTenant(o.tenant()) && user.covers(o.unitPath());
    if (!receiving && !ownOrAbove) {
      throw notFound();
    }
  }

  public static ProblemException notFound() {
    return ProblemException.notFound(
        "obligation-not-found", "Không tìm thấy nghĩa vụ báo cáo này.");
  }
}
