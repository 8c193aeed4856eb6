package vn.chidao.platform.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.problem.Problems;

/** 401 and 403 from the security filter chain, as Vietnamese problems. */
public class ProblemSecurityHandlers {

  private final ProblemResponder responder;

  public ProblemSecurityHandlers(ProblemResponder responder) {
    this.responder = responder;
  }

  public ServerAuthenticationEntryPoint entryPoint() {
    return (exchange, ex) -> unauthorized(exchange, ex);
  }

  public ServerAccessDeniedHandler accessDenied() {
    return (exchange, ex) ->
        responder.write(
            exchange,
            Problems.of(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Không có quyền",
                "Tài khoản của bạn không có quyền thực hiện thao tác này."));
  }

  private Mono<Void> unauthorized(ServerWebExchange exchange, AuthenticationException ex) {
    boolean tokenGiven = exchange.getRequest().getHeaders().getFirst("Authorization") != null;
    String message = String.valueOf(ex.getMessage()).toLowerCase();
    String detail;
    String slug;
    if (message.contains("expired")) {
      slug = "token-expired";
      detail = "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.";
    } else if (tokenGiven) {
      slug = "invalid-token";
      detail = "Mã truy cập không hợp lệ; hãy đăng nhập lại.";
    } else {
      slug = "unauthenticated";
      detail = "Bạn cần đăng nhập để thực hiện thao tác này.";
    }
    exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
    return responder.write(
        exchange, Problems.of(HttpStatus.UNAUTHORIZED, slug, "Chưa xác thực", detail));
  }
}
