package vn.chidao.identity.people.adapter.out.keycloak;

import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.chidao.identity.people.application.AccountProvisioning;

/**
 * Provisioning into Keycloak ({@code chidao.people.provisioning=keycloak}, the default). The admin
 * client is blocking (RESTEasy over Apache HttpClient), so its calls run on a scheduler of its own
 * with a few threads and a bounded queue, never on the event loop.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "chidao.people.provisioning",
    havingValue = "keycloak",
    matchIfMissing = true)
@EnableConfigurationProperties(KeycloakAdminProperties.class)
class KeycloakProvisioningConfig {

  @Bean(destroyMethod = "close")
  Keycloak keycloakAdmin(KeycloakAdminProperties properties) {
    long timeout = properties.timeout().toMillis();
    return KeycloakBuilder.builder()
        .serverUrl(properties.serverUrl())
        .realm(properties.realm())
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId(properties.clientId())
        .clientSecret(properties.clientSecret())
        .resteasyClient(
            ((ResteasyClientBuilder) ResteasyClientBuilder.newBuilder())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .connectionPoolSize(properties.threads())
                .build())
        .build();
  }

  @Bean(destroyMethod = "dispose")
  Scheduler keycloakAdminScheduler(KeycloakAdminProperties properties) {
    return Schedulers.newBoundedElastic(properties.threads(), 1_000, "keycloak-admin");
  }

  @Bean
  AccountProvisioning keycloakAccounts(
      Keycloak keycloakAdmin,
      Scheduler keycloakAdminScheduler,
      KeycloakAdminProperties properties) {
    return new KeycloakAccounts(keycloakAdmin.realm(properties.realm()), keycloakAdminScheduler);
  }
}
