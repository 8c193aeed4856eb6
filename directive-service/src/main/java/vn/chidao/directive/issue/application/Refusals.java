package vn.chidao.directive.issue.application;

import org.springframework.http.HttpStatus;
import vn.chidao.directive.issue.model.Addressing;
import vn.chidao.platform.problem.ProblemException;

/**
 * Turns an addressing refusal into the problem the caller sees. Units out of the caller's reach are
 * a matter of permission (403); ids that name no open unit are bad input (422). The ids concerned
 * are listed both in the text and as {@code unitIds}, for a client to highlight them.
 */
final class Refusals {

  private Refusals() {}

  static ProblemException problemFor(Addressing.Refused refused) {
    String units = String.join(", ", refused.unitIds());
    ProblemException problem =
        switch (refused.reason()) {
          case ISSUER_UNIT_UNKNOWN ->
              ProblemException.forbidden(
                  "issuer-unit-unknown",
                  "Đơn vị của bạn ("
                      + units
                      + ") chưa có trong danh bạ tổ chức; chưa thể ban hành"
                      + " văn bản.");
          case ISSUER_OTHER_PROVINCE ->
              ProblemException.forbidden(
                  "issuer-other-province",
                  "Đơn vị của bạn (" + units + ") không thuộc tỉnh ghi trong phiên đăng nhập.");
          case ISSUER_UNIT_CLOSED ->
              ProblemException.forbidden(
                  "issuer-unit-closed",
                  "Đơn vị của bạn (" + units + ") đã ngừng hoạt động; không thể ban hành văn bản.");
          case RECIPIENTS_OTHER_PROVINCE ->
              ProblemException.forbidden(
                  "recipients-other-province",
                  "Không được gửi văn bản tới đơn vị thuộc tỉnh khác: " + units + ".");
          case RECIPIENTS_OUTSIDE_SUBTREE ->
              ProblemException.forbidden(
                  "recipients-outside-subtree",
                  "Chỉ được gửi văn bản tới đơn vị mình và các đơn vị trực thuộc; ngoài phạm vi: "
                      + units
                      + ".");
          case RECIPIENTS_UNKNOWN ->
              unprocessable("recipients-unknown", "Không tìm thấy đơn vị nhận: " + units + ".");
          case RECIPIENTS_CLOSED ->
              unprocessable("recipients-closed", "Đơn vị nhận đã ngừng hoạt động: " + units + ".");
        };
    problem.getBody().setProperty("unitIds", refused.unitIds());
    return problem;
  }

  private static ProblemException unprocessable(String slug, String detail) {
    return new ProblemException(
        HttpStatus.UNPROCESSABLE_CONTENT, slug, "Dữ liệu không hợp lệ", detail);
  }
}
