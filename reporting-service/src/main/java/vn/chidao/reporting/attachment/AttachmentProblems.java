package vn.chidao.reporting.attachment;

import org.springframework.http.HttpStatus;
import vn.chidao.attachments.AttachmentRefusal;
import vn.chidao.platform.problem.ProblemException;

/** The problems an attachment request can end in (the same as directive-service's). */
final class AttachmentProblems {

  private AttachmentProblems() {}

  static ProblemException of(AttachmentRefusal refusal) {
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

  static ProblemException notFound() {
    return ProblemException.notFound(
        "attachment-not-found", "Không tìm thấy tệp đính kèm được yêu cầu.");
  }

  static ProblemException tooMany(int max) {
    return ProblemException.conflict(
        "attachment-limit", "Mỗi báo cáo chỉ được đính kèm tối đa " + max + " tệp.");
  }

  static ProblemException busy() {
    return ProblemException.conflict(
        "concurrent-change", "Báo cáo vừa được người khác thay đổi; hãy tải lại và thử lại.");
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
