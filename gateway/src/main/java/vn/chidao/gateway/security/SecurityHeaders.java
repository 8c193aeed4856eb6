package vn.chidao.gateway.security;

import java.net.URI;

/**
 * The Content-Security-Policy of everything the gateway serves. Scripts, styles, workers and
 * connections come from the gateway only and no inline script runs, so injected markup cannot run
 * code; no site may frame the app (clickjacking); forms may post to the gateway and, for logout,
 * end at Keycloak.
 */
final class SecurityHeaders {

  private SecurityHeaders() {}

  static String contentSecurityPolicy(String keycloakIssuer) {
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' " + origin(keycloakIssuer),
        "frame-ancestors 'none'");
  }

  static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
