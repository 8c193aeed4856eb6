package vn.chidao.gateway.login;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway signs people in with Keycloak.
 *
 * @param issuerUri the realm as the browser reaches it (tokens carry it as {@code iss}); the
 *     browser is sent to its authorization and logout endpoints
 * @param backChannelUri the realm as the gateway reaches it for tokens and keys (in compose the
 *     Keycloak container's name); the issuer when empty
 * @param clientId the confidential client of the gateway, {@code chidao-gateway}
 * @param clientSecret its secret, from {@code CHIDAO_GATEWAY_CLIENT_SECRET}
 */
@ConfigurationProperties("chidao.gateway.login")
public record LoginProperties(
    String issuerUri, String backChannelUri, String clientId, String clientSecret) {

  /** The one client registration; also the last segment of the login and callback paths. */
  public static final String REGISTRATION_ID = "keycloak";

  /** Where a browser goes to sign in. */
  public static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

  public LoginProperties {
    issuerUri = stripSlash(issuerUri);
    backChannelUri =
        backChannelUri == null || backChannelUri.isBlank() ? issuerUri : stripSlash(backChannelUri);
  }

  private static String stripSlash(String uri) {
    return uri != null && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
