package vn.chidao.gateway.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import vn.chidao.gateway.login.LoginProperties;
import vn.chidao.gateway.webapp.WebAppPages;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.problem.Problems;
import vn.chidao.platform.security.ChidaoJwtConverter;
import vn.chidao.platform.security.ProblemSecurityHandlers;

/**
 * Two ways in, one chain. A browser signs in through Keycloak (authorization code + PKCE) and then
 * holds only a session cookie; its writes carry the CSRF token. A script or the CLI sends a bearer
 * token, checked here before anything is forwarded (the services check it again and decide access:
 * rules live with the data). The web app's screens need a session (no session → Keycloak's sign-in
 * page); {@code /api/**} needs either (no credentials → 401 problem, which the app turns into a new
 * sign-in). Everything else (the app's files, health, unknown paths → 404) is open.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

  static final String CSRF_COOKIE = "XSRF-TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  @Bean
  SecurityWebFilterChain gatewaySecurityChain(
      ServerHttpSecurity http,
      ProblemResponder responder,
      LoginProperties login,
      ServerOAuth2AuthorizedClientRepository authorizedClients,
      OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout) {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(responder);
    ServerAuthenticationEntryPoint entryPoint = entryPoint(handlers);
    return http.csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfCookies())
                    .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                    .requireCsrfProtectionMatcher(BrowserWrites.MATCHER)
                    .accessDeniedHandler(
                        (exchange, denied) ->
                            responder.write(
                                exchange,
                                Problems.of(
                                    HttpStatus.FORBIDDEN,
                                    "csrf-token-invalid",
                                    "Yêu cầu không hợp lệ",
                                    "Thiếu mã xác nhận của trang (CSRF) hoặc mã đã cũ; hãy tải"
                                        + " lại trang rồi thử lại."))))
        .addFilterAfter(new CsrfCookie(), SecurityWebFiltersOrder.CSRF)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .authorizeExchange(
            auth ->
                auth.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .pathMatchers("/api/**")
                    .authenticated()
                    .pathMatchers(WebAppPages.PATTERNS.toArray(String[]::new))
                    .authenticated()
                    .anyExchange()
                    .permitAll())
        .oauth2Login(
            oauth ->
                oauth
                    .authorizedClientRepository(authorizedClients)
                    .authenticationSuccessHandler(new LoginSuccess())
                    .authenticationFailureHandler(
                        new RedirectServerAuthenticationFailureHandler("/loi-dang-nhap")))
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new ChidaoJwtConverter()))
                    .authenticationEntryPoint(handlers.entryPoint())
                    .accessDeniedHandler(handlers.accessDenied()))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutHandler(
                        handlersList -> {
                          handlersList.add(new SecurityContextServerLogoutHandler());
                          handlersList.add(new WebSessionServerLogoutHandler());
                        })
                    .logoutSuccessHandler(keycloakLogout))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(handlers.accessDenied()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                SecurityHeaders.contentSecurityPolicy(login.issuerUri())))
                    .frameOptions(frame -> frame.mode(Mode.DENY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicy(
                        permissions ->
                            permissions.policy("camera=(), microphone=(), geolocation=()")))
        .build();
  }

  /**
   * A browser opening a screen without a session goes to Keycloak (and comes back to that screen);
   * everything else without credentials gets the 401 problem.
   */
  private static ServerAuthenticationEntryPoint entryPoint(ProblemSecurityHandlers handlers) {
    PathPatternParserServerWebExchangeMatcher[] pages =
        WebAppPages.PATTERNS.stream()
            .map(PathPatternParserServerWebExchangeMatcher::new)
            .toArray(PathPatternParserServerWebExchangeMatcher[]::new);
    DelegatingServerAuthenticationEntryPoint entryPoint =
        new DelegatingServerAuthenticationEntryPoint(
            List.of(
                new DelegateEntry(
                    ServerWebExchangeMatchers.matchers(pages),
                    new RedirectServerAuthenticationEntryPoint(LoginProperties.LOGIN_PATH))));
    entryPoint.setDefaultEntryPoint(handlers.entryPoint());
    return entryPoint;
  }

  /** Readable by the app's scripts (that is the point), sent only to this site. */
  private static CookieServerCsrfTokenRepository csrfCookies() {
    CookieServerCsrfTokenRepository repository =
        CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookieName(CSRF_COOKIE);
    repository.setHeaderName(CSRF_HEADER);
    repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
    return repository;
  }
}
