package vn.chidao.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.chidao.platform.PlatformAutoConfiguration;
import vn.chidao.platform.problem.ProblemResponder;

/**
 * Every chidao service is a stateless OAuth2 resource server: each request carries a Keycloak JWT;
 * health is open so orchestrators can probe it. A service with other needs declares its own {@link
 * SecurityWebFilterChain} (the gateway does) or sets {@code chidao.security.enabled=false}.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"
    },
    after = PlatformAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(name = "chidao.security.enabled", matchIfMissing = true)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class ResourceServerSecurity {

  /** Validates tokens against Keycloak's keys and issuer, with bounded key fetches. */
  @Bean
  @ConditionalOnMissingBean(ReactiveJwtDecoder.class)
  @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
  ReactiveJwtDecoder chidaoJwtDecoder(
      @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) {
    return JwksDecoder.create(jwkSetUri, issuer);
  }

  @Bean
  @ConditionalOnMissingBean(SecurityWebFilterChain.class)
  SecurityWebFilterChain chidaoResourceServer(ServerHttpSecurity http, ProblemResponder responder) {
    ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(responder);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .authorizeExchange(
            auth ->
                auth.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .anyExchange()
                    .authenticated())
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
