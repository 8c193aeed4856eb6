package vn.chidao.directive.issue.adapter.in.web;

import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;

/** The calling user, as the model sees them. */
public final class Callers {

  private Callers() {}

  public static Mono<Caller> current() {
    return CurrentUser.get()
        .map(Callers::of)
        // The security chain lets no request without a JWT this far; this is a safety net.
        .switchIfEmpty(
            Mono.error(
                () ->
                    new ProblemException(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Chưa xác thực",
                        "Bạn cần đăng nhập để thực hiện thao tác này.")));
  }

  public static Caller of(ChidaoUser user) {
    return new Caller(
        user.username(), user.unitId(), user.unitPath(), user.province(), user.isCentral());
  }
}
