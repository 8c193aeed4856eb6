package vn.chidao.identity.people.adapter.out.keycloak;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How identity reaches Keycloak's admin API: as the realm's {@code chidao-identity} service account
 * (client credentials; realm-management's manage-users, view-users, query-users).
 *
 * @param serverUrl Keycloak's base URL as this service reaches it (not the public issuer)
 * @param threads at most this many admin calls at once (each one blocks a thread)
 * @param timeout connect and read timeout of each admin call
 */
@ConfigurationProperties("chidao.keycloak.admin")
record KeycloakAdminProperties(
    String serverUrl,
    String realm,
    String clientId,
    String clientSecret,
    int threads,
    Duration timeout) {

  KeycloakAdminProperties {
    realm = realm == null ? "chidao" : realm;
    clientId = clientId == null ? "chidao-identity" : clientId;
    threads = threads <= 0 ? 4 : threads;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
  }
}
