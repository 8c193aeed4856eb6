package vn.chidao.platform.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/** The calling user of the current reactive request. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Mono<ChidaoUser> get() {
    return ReactiveSecurityContextHolder.getContext()
        .map(context -> context.getAuthentication())
        .filter(JwtAuthenticationToken.class::isInstance)
        .map(auth -> ChidaoUser.from(((JwtAuthenticationToken) auth).getToken()));
  }
}
