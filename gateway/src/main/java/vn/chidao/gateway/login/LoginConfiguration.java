package vn.chidao.gateway.login;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * Browser sign-in: the OIDC client registration, where tokens live (the server-side web session,
 * never the browser), how they are refreshed, the session cookie and RP-initiated logout.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
public class LoginConfiguration {

  /** Where Keycloak sends the browser back after logout; a public page of the web app. */
  public static final String LOGGED_OUT_PAGE = "/da-dang-xuat";

  @Bean
  ReactiveClientRegistrationRepository clientRegistrations(LoginProperties login) {
    return new InMemoryReactiveClientRegistrationRepository(KeycloakRegistration.of(login));
  }

  /**
   * Access, refresh and ID tokens are kept in the web session: they end with it, never reach the
   * browser, and one person's sessions on two devices stay independent.
   */
  @Bean
  ServerOAuth2AuthorizedClientRepository authorizedClients() {
    return new WebSessionServerOAuth2AuthorizedClientRepository();
  }

  /**
   * Used by the TokenRelay filter: gives the session's access token, refreshed with the refresh
   * token when it has (nearly) expired. When Keycloak refuses the refresh (its session ended) the
   * authorized client is removed and the relay fails; see {@code SessionExpiry}.
   */
  @Bean
  ReactiveOAuth2AuthorizedClientManager authorizedClientManager(
      ReactiveClientRegistrationRepository registrations,
      ServerOAuth2AuthorizedClientRepository authorizedClients) {
    DefaultReactiveOAuth2AuthorizedClientManager manager =
        new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
    manager.setAuthorizedClientProvider(
        ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
            .authorizationCode()
            .refreshToken()
            .build());
    return manager;
  }

  /** Ends the Keycloak session too, then comes back to the "signed out" page. */
  @Bean
  OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(
      ReactiveClientRegistrationRepository registrations) {
    OidcClientInitiatedServerLogoutSuccessHandler handler =
        new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT_PAGE);
    return handler;
  }

  @Bean
  WebSessionIdResolver webSessionIdResolver() {
    return new SessionCookies();
  }
}
