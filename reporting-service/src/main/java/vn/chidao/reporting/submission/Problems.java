package vn.chidao.reporting.submission;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.reporting.obligation.model.Refusal;

/** A business refusal as the problem response it becomes. */
public final class Problems {

  private Problems() {}

  public static ProblemException of(Refusal refusal) {
    ProblemException problem = problemOf(refusal);
    if (refusal.field() != null) {
      // Same shape as platform's validation problems, so the web form places it by the field.
      problem
          .getBody()
          .setProperty(
              "errors", List.of(Map.of("field", refusal.field(), "message", refusal.detail())));
    }
    return problem;
  }

  private static ProblemException problemOf(Refusal refusal) {
    return switch (refusal.kind()) {
      case INVALID -> ProblemException.badRequest(refusal.slug(), refusal.detail());
      case FORBIDDEN -> ProblemException.forbidden(refusal.slug(), refusal.detail());
      case NOT_FOUND -> ProblemException.notFound(refusal.slug(), refusal.detail());
      case CONFLICT ->
          new ProblemException(
              HttpStatus.CONFLICT, refusal.slug(), "Không thể thực hiện", refusal.detail());
    };
  }
}
