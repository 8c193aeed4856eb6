package vn.chidao.testsupport;

/**
 * The master realm's administrator of the test Keycloak, for tests that must set the server up
 * beyond the {@code chidao} realm (a second realm playing an upstream identity provider, a password
 * for a freshly provisioned user). Only test servers on loopback hand these out.
 *
 * @param baseUrl the server, e.g. {@code http://127.0.0.1:40123}
 */
public record KeycloakAdmin(String baseUrl, String username, String password) {

  /** The realm the administrator logs into, with the {@code admin-cli} client. */
  public static final String REALM = "master";

  public static final String CLIENT = "admin-cli";
}
