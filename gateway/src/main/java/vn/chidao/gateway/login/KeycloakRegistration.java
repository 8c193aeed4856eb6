package vn.chidao.gateway.login;

import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The gateway's registration at Keycloak, written out instead of discovered: discovery would make
 * the gateway's start-up depend on Keycloak answering, and it could not tell the browser-facing
 * issuer from the address the gateway itself uses (compose). The endpoints are Keycloak's fixed
 * paths under the realm.
 */
final class KeycloakRegistration {

  private static final String OIDC = "/protocol/openid-connect";

  private KeycloakRegistration() {}

  static ClientRegistration of(LoginProperties login) {
    String browser = login.issuerUri() + OIDC;
    String backChannel = login.backChannelUri() + OIDC;
    return ClientRegistration.withRegistrationId(LoginProperties.REGISTRATION_ID)
        .clientName("Keycloak")
        .clientId(login.clientId())
        .clientSecret(login.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile", "email")
        .authorizationUri(browser + "/auth")
        .tokenUri(backChannel + "/token")
        .jwkSetUri(backChannel + "/certs")
        // No userinfo call: the ID token carries the name and chidao's claims already.
        .userNameAttributeName("preferred_username")
        .issuerUri(login.issuerUri())
        .providerConfigurationMetadata(Map.of("end_session_endpoint", browser + "/logout"))
        // PKCE (S256) although the client is confidential: the realm requires it, and it binds
        // the code to this browser's login attempt.
        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
        .build();
  }
}
