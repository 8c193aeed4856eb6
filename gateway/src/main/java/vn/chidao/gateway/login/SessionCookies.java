package vn.chidao.gateway.login;

import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;

/**
 * The session cookie is the only credential the browser holds: {@code HttpOnly} (no script reads
 * it), {@code SameSite=Lax} (not sent with cross-site posts; still sent when Keycloak redirects
 * back) and {@code Secure} whenever the request arrived over TLS, directly or as the proxy in front
 * says ({@code server.forward-headers-strategy}). A fixed {@code Secure} would break plain http on
 * localhost; a missing one would leak the cookie over http in production.
 */
public final class SessionCookies extends CookieWebSessionIdResolver {

  public static final String NAME = "CHIDAO_SESSION";

  SessionCookies() {
    setCookieName(NAME);
    // The cookie lives as long as the browser; the server ends idle sessions itself.
    setCookieMaxAge(Duration.ofSeconds(-1));
    addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax").path("/"));
  }

  @Override
  public void setSessionId(ServerWebExchange exchange, String id) {
    super.setSessionId(exchange, id);
    secureOverTls(exchange);
  }

  @Override
  public void expireSession(ServerWebExchange exchange) {
    super.expireSession(exchange);
    secureOverTls(exchange);
  }

  private void secureOverTls(ServerWebExchange exchange) {
    ResponseCookie cookie = exchange.getResponse().getCookies().getFirst(getCookieName());
    if (cookie != null && isTls(exchange)) {
      exchange
          .getResponse()
          .getCookies()
          .set(getCookieName(), cookie.mutate().secure(true).build());
    }
  }

  static boolean isTls(ServerWebExchange exchange) {
    return exchange.getRequest().getSslInfo() != null
        || "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
  }
}
