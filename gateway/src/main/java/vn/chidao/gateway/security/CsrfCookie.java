package vn.chidao.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security creates the CSRF token lazily, so its cookie is written only when something asks
 * for the token. The web app's scripts read the cookie ({@code XSRF-TOKEN}) and send it back as
 * {@code X-XSRF-TOKEN}; this filter asks for the token on every page and API response so the cookie
 * is always there.
 */
final class CsrfCookie implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
  }
}
