package vn.chidao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void thePolicyAllowsNoInlineScriptAndNoFramingAndLetsLogoutEndAtKeycloak() {
    String csp = SecurityHeaders.contentSecurityPolicy("https://sso.chidao.vn:8443/realms/chidao");

    assertThat(csp)
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'")
        .contains("form-action 'self' https://sso.chidao.vn:8443")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
  }
}
