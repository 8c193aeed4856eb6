package vn.chidao.notification.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import vn.chidao.platform.problem.ProblemException;

/**
 * One 400 problem for a body whose fields broke rules: a summary plus {@code errors[]} per field.
 */
public final class FieldProblems {

  private FieldProblems() {}

  /**
   * @param lead what was invalid, in Vietnamese ("Tùy chọn thông báo không hợp lệ")
   */
  public static <V> ProblemException invalid(
      String lead, List<V> violations, Function<V, String> field, Function<V, String> message) {
    String detail =
        lead + ": " + String.join("; ", violations.stream().map(message).toList()) + ".";
    ProblemException problem =
        new ProblemException(HttpStatus.BAD_REQUEST, "validation", "Dữ liệu không hợp lệ", detail);
    problem
        .getBody()
        .setProperty(
            "errors",
            violations.stream()
                .map(v -> Map.of("field", field.apply(v), "message", message.apply(v)))
                .toList());
    return problem;
  }
}
