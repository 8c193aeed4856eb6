package vn.chidao.gateway.login;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.problem.Problems;

/**
 * When the token relay cannot get a usable access token (Keycloak refused the refresh: its session
 * ended, was logged out elsewhere, or timed out), the gateway's session is over too: it is
 * invalidated and the page gets a 401 problem, which the web app turns into a new sign-in. Without
 * this the error would surface as a 500.
 */
@Component
class SessionExpiry implements GlobalFilter, Ordered {

  private final ProblemResponder responder;

  SessionExpiry(ProblemResponder responder) {
    this.responder = responder;
  }

  @Override
  public int getOrder() {
    // Inside the upstream-failure filter (HIGHEST_PRECEDENCE), around the token relay.
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    return chain
        .filter(exchange)
        .onErrorResume(OAuth2AuthorizationException.class, expired -> end(exchange, responder));
  }

  /** Invalidates the session and answers 401 {@code session-expired}. */
  static Mono<Void> end(ServerWebExchange exchange, ProblemResponder responder) {
    return exchange
        .getSession()
        .flatMap(WebSession::invalidate)
        .then(Mono.defer(() -> responder.write(exchange, problem())));
  }

  static ProblemDetail problem() {
    return Problems.of(
        HttpStatus.UNAUTHORIZED,
        "session-expired",
        "Chưa xác thực",
        "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.");
  }
}
