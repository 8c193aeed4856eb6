package vn.chidao.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.chidao.platform.problem.ProblemResponder;
import vn.chidao.platform.security.ChidaoJwtConverter;
import vn.chidao.platform.security.ProblemSecurityHandlers;

/**
 * The gateway checks the bearer token of every /api/** request before it is forwarded, so a
 * missing, expired or forged token is refused here and never costs a service anything. The services
 * still validate the same token themselves: access rules live with the data. Paths outside /api/**
 * are left open because the gateway serves nothing there but health (and, later, the web app);
 * unknown ones end as 404 problems.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

  @Bean
  SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, ProblemResponder responder) {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(responder);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .authorizeExchange(
            auth ->
                auth.pathMatchers("/api/**")
                    .authenticated()
                    .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .anyExchange()
                    .permitAll())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new ChidaoJwtConverter()))
                    .authenticationEntryPoint(handlers.entryPoint())
                    .accessDeniedHandler(handlers.accessDenied()))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(handlers.entryPoint())
                    .accessDeniedHandler(handlers.accessDenied()))
        .build();
  }
}
