package vn.chidao.gateway.login;

import java.util.List;
import java.util.TreeSet;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.security.ChidaoUser;

/**
 * {@code GET /api/session}: who is signed in, for the web app's header and menus. Made from the
 * access token the gateway holds (refreshed if needed), so it says exactly what the services will
 * see; the token itself never leaves the gateway.
 */
@RestController
class SessionController {

  /** What the page may know about its user. */
  record SessionView(
      String username,
      String displayName,
      String unitId,
      String unitPath,
      String province,
      List<String> roles) {

    static SessionView of(Jwt jwt) {
      ChidaoUser user = ChidaoUser.from(jwt);
      return new SessionView(
          user.username(),
          displayName(jwt),
          user.unitId(),
          user.unitPath(),
          user.province(),
          List.copyOf(new TreeSet<>(user.roles())));
    }

    /** Demo accounts carry the position as first name and the unit as last name. */
    private static String displayName(Jwt jwt) {
      String given = jwt.getClaimAsString("given_name");
      String family = jwt.getClaimAsString("family_name");
      if (given != null && family != null) {
        return given + " — " + family;
      }
      String name = jwt.getClaimAsString("name");
      return name != null ? name : jwt.getClaimAsString("preferred_username");
    }
  }

  private final ReactiveOAuth2AuthorizedClientManager clients;
  private final ReactiveJwtDecoder decoder;
  private final ProblemResponder responder;

  SessionController(
      ReactiveOAuth2AuthorizedClientManager clients,
      ReactiveJwtDecoder decoder,
      ProblemResponder responder) {
    this.clients = clients;
    this.decoder = decoder;
    this.responder = responder;
  }

  @GetMapping(path = "/api/session", produces = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<SessionView>> session(
      Authentication authentication, ServerWebExchange exchange) {
    Mono<Jwt> jwt =
        authentication instanceof JwtAuthenticationToken bearer
            ? Mono.just(bearer.getToken())
            : sessionToken((OAuth2AuthenticationToken) authentication, exchange);
    return jwt.map(SessionView::of)
        .map(view -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view))
        .onErrorResume(
            OAuth2AuthorizationException.class,
            expired -> SessionExpiry.end(exchange, responder).then(Mono.empty()));
  }

  private Mono<Jwt> sessionToken(OAuth2AuthenticationToken login, ServerWebExchange exchange) {
    OAuth2AuthorizeRequest request =
        OAuth2AuthorizeRequest.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
            .principal(login)
            .attribute(ServerWebExchange.class.getName(), exchange)
            .build();
    return clients
        .authorize(request)
        .switchIfEmpty(
            Mono.error(
                () ->
                    new OAuth2AuthorizationException(
                        new org.springframework.security.oauth2.core.OAuth2Error(
                            "no_authorized_client"))))
        .flatMap(client -> decoder.decode(client.getAccessToken().getTokenValue()));
  }
}
