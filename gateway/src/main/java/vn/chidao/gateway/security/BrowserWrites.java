package vn.chidao.gateway.security;

import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import vn.chidao.gateway.login.SessionCookies;

/**
 * Which requests must carry the CSRF token: writes (POST, PUT, PATCH, DELETE) that carry the
 * session cookie, the only thing a forged cross-site request could ride on. A request with an
 * {@code Authorization} header is an API client (the CLI, the tests, another service): a browser
 * never adds that header to a cross-site request, and the header, not a cookie, is what
 * authenticates it. A write with neither is simply unauthenticated (401).
 */
final class BrowserWrites {

  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

  static final ServerWebExchangeMatcher MATCHER =
      exchange -> {
        boolean write = !SAFE.contains(exchange.getRequest().getMethod());
        boolean bearer =
            exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        boolean session = exchange.getRequest().getCookies().containsKey(SessionCookies.NAME);
        return write && !bearer && session ? MatchResult.match() : MatchResult.notMatch();
      };

  private BrowserWrites() {}
}
