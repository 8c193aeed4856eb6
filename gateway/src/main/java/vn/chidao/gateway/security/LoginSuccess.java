package vn.chidao.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import reactor.core.publisher.Mono;

/**
 * After Keycloak signs someone in: a new session id (an id planted in the browser before login is
 * worthless after it: session fixation), then back to the screen they first asked for.
 */
final class LoginSuccess implements ServerAuthenticationSuccessHandler {

  private final RedirectServerAuthenticationSuccessHandler redirect =
      new RedirectServerAuthenticationSuccessHandler("/");

  @Override
  public Mono<Void> onAuthenticationSuccess(
      WebFilterExchange exchange, Authentication authentication) {
    return exchange
        .getExchange()
        .getSession()
        .flatMap(session -> session.changeSessionId())
        .then(redirect.onAuthenticationSuccess(exchange, authentication));
  }
}
