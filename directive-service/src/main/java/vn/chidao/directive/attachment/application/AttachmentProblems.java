package vn.chidao.directive.attachment.application;

import org.springframework.http.HttpStatus;
import vn.chidao.attachments.AttachmentRefusal;
import vn.chidao.directive.attachment.model.AttachmentPolicy;
import vn.chidao.platform.problem.ProblemException;

/** The problems an attachment request can end in. */
public final class AttachmentProblems {

  private AttachmentProblems() {}

  public static ProblemException of(AttachmentRefusal refusal) {
    return switch (refusal.reason()) {
      case TOO_LARGE ->
          new ProblemException(
              HttpStatus.CONTENT_TOO_LARGE,
              "attachment-too-large",
              "Tệp quá lớn",
              refusal.detail());
      case TYPE_NOT_ALLOWED ->
          new ProblemException(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "attachment-type-not-allowed",
              "Loại tệp không được phép",
              refusal.detail());
      case TYPE_MISMATCH ->
          new ProblemException(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "attachment-type-mismatch",
              "Tên tệp không khớp nội dung",
              refusal.detail());
      case EMPTY ->
          new ProblemException(
              HttpStatus.UNPROCESSABLE_CONTENT, "attachment-empty", "Tệp rỗng", refusal.detail());
      case NAME_INVALID -> ProblemException.badRequest("attachment-name-invalid", refusal.detail());
    };
  }

  static ProblemException of(AttachmentPolicy.Refusal refusal) {
    return switch (refusal) {
      case NOT_ISSUER ->
          ProblemException.forbidden(
              "attachment-not-issuer",
              "Chỉ đơn vị ban hành văn bản mới được thêm hoặc xóa tệp đính kèm.");
      case FROZEN ->
          ProblemException.conflict(
              "directive-frozen",
              "Văn bản đã bị thu hồi hoặc thay thế; không thể thay đổi tệp đính kèm.");
    };
  }

  static ProblemException notFound() {
    return ProblemException.notFound(
        "attachment-not-found", "Không tìm thấy tệp đính kèm được yêu cầu.");
  }

  static ProblemException tooMany(int max) {
    return ProblemException.conflict(
        "attachment-limit", "Mỗi văn bản chỉ được đính kèm tối đa " + max + " tệp.");
  }

  static ProblemException corrupted() {
    return new ProblemException(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "attachment-corrupted",
        "Tệp đính kèm bị hỏng",
        "Tệp đính kèm đã bị hỏng trong kho lưu trữ (mã kiểm tra SHA-256 không khớp) nên không"
            + " được gửi. Hãy báo quản trị hệ thống và tải tệp lên lại.");
  }
}
