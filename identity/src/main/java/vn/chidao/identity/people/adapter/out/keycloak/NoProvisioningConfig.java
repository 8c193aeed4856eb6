package vn.chidao.identity.people.adapter.out.keycloak;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import vn.chidao.identity.people.application.AccountOutcome;
import vn.chidao.identity.people.application.AccountProvisioning;

/**
 * {@code chidao.people.provisioning=none}: accounts are not chidao's to manage — they come from a
 * directory Keycloak federates (LDAP/AD, see identity/realm/examples) or are kept by hand. The
 * directory still publishes memberships; every account outcome is {@code NOT_MANAGED}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chidao.people.provisioning", havingValue = "none")
class NoProvisioningConfig {

  @Bean
  AccountProvisioning unmanagedAccounts() {
    return (username, plan) -> Mono.just(AccountOutcome.NOT_MANAGED);
  }
}
