package vn.chidao.platform.problem;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds chidao's RFC 9457 problems: a stable {@code type} URI, Vietnamese title and detail. */
public final class Problems {

  public static final String TYPE_BASE = "https://chidao.vn/problems/";

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + slug));
    problem.setTitle(title);
    return problem;
  }

  /** The problem type slug for a status, used when nothing more specific is known. */
  public static String slugFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "bad-request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      case 429 -> "too-many-requests";
      case 503 -> "unavailable";
      default -> status.is5xxServerError() ? "internal" : "refused";
    };
  }

  /** A Vietnamese title for a status, used when nothing more specific is known. */
  public static String titleFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Yêu cầu không hợp lệ";
      case 401 -> "Chưa xác thực";
      case 403 -> "Không có quyền";
      case 404 -> "Không tìm thấy";
      case 405 -> "Phương thức không được hỗ trợ";
      case 406 -> "Định dạng phản hồi không được hỗ trợ";
      case 409 -> "Xung đột dữ liệu";
      case 413 -> "Nội dung quá lớn";
      case 415 -> "Kiểu nội dung không được hỗ trợ";
      case 422 -> "Dữ liệu không hợp lệ";
      case 429 -> "Quá nhiều yêu cầu";
      case 503 -> "Dịch vụ tạm thời không sẵn sàng";
      default -> status.is5xxServerError() ? "Lỗi hệ thống" : "Yêu cầu không được chấp nhận";
    };
  }

  /** A Vietnamese detail for a status, used when nothing more specific is known. */
  public static String detailFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Yêu cầu không hợp lệ.";
      case 401 -> "Bạn cần đăng nhập để thực hiện thao tác này.";
      case 403 -> "Bạn không có quyền thực hiện thao tác này.";
      case 404 -> "Không tìm thấy tài nguyên được yêu cầu.";
      case 405 -> "Phương thức HTTP này không được hỗ trợ cho địa chỉ này.";
      case 406 -> "Không thể trả về dữ liệu theo định dạng được yêu cầu.";
      case 413 -> "Nội dung gửi lên vượt quá kích thước cho phép.";
      case 415 -> "Kiểu nội dung không được hỗ trợ; hãy gửi application/json.";
      case 429 -> "Bạn gửi quá nhiều yêu cầu; hãy thử lại sau ít phút.";
      case 503 -> "Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.";
      default ->
          status.is5xxServerError()
              ? "Đã xảy ra lỗi hệ thống; yêu cầu chưa được thực hiện. Hãy thử lại sau."
              : "Yêu cầu không được chấp nhận.";
    };
  }
}
