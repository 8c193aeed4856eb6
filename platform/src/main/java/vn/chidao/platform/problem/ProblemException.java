package vn.chidao.platform.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the service means to send to the client as a problem, e.g. "unit outside your subtree".
 * Use cases return it as {@code Mono.error(...)}; the advice renders it unchanged.
 */
public class ProblemException extends ErrorResponseException {

  public ProblemException(HttpStatusCode status, String slug, String title, String detail) {
    super(status, Problems.of(status, slug, title, detail), null);
  }

  public static ProblemException badRequest(String slug, String detail) {
    return new ProblemException(
        org.springframework.http.HttpStatus.BAD_REQUEST, slug, "Yêu cầu không hợp lệ", detail);
  }

  public static ProblemException forbidden(String slug, String detail) {
    return new ProblemException(
        org.springframework.http.HttpStatus.FORBIDDEN, slug, "Không có quyền", detail);
  }

  public static ProblemException notFound(String slug, String detail) {
    return new ProblemException(
        org.springframework.http.HttpStatus.NOT_FOUND, slug, "Không tìm thấy", detail);
  }

  public static ProblemException conflict(String slug, String detail) {
    return new ProblemException(
        org.springframework.http.HttpStatus.CONFLICT, slug, "Xung đột dữ liệu", detail);
  }
}
