package vn.chidao.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A fast stand-in for Keycloak for tests that only need a valid token: its own RSA key pair, a JWKS
 * endpoint and OpenID discovery on a loopback port, tokens shaped like the {@code chidao} realm's.
 * Services validate these exactly as they validate Keycloak's (issuer + JWKS). Tests of Keycloak
 * itself (realm, mappers, login) use {@link TestKeycloak}.
 */
public final class LocalJwtIssuer {

  private static volatile LocalJwtIssuer shared;

  private final RSAKey key;
  private final HttpServer server;
  private final String issuer;

  private LocalJwtIssuer() {
    try {
      this.key = new RSAKeyGenerator(2048).keyID("chidao-test").generate();
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot create a test key pair", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/chidao";
    String jwks = new JWKSet(key.toPublicJWK()).toString();
    server.createContext(
        "/realms/chidao/protocol/openid-connect/certs", exchange -> respond(exchange, jwks));
    server.createContext(
        "/realms/chidao/.well-known/openid-configuration",
        exchange ->
            respond(
                exchange,
                "{\"issuer\":\"%s\",\"jwks_uri\":\"%s\",\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}"
                    .formatted(issuer, jwkSetUri())));
    server.setExecutor(null);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "jwt-issuer-stop"));
  }

  /** One issuer per JVM, started on first use. */
  public static LocalJwtIssuer shared() {
    if (shared == null) {
      synchronized (LocalJwtIssuer.class) {
        if (shared == null) {
          shared = new LocalJwtIssuer();
        }
      }
    }
    return shared;
  }

  public String issuer() {
    return issuer;
  }

  public String jwkSetUri() {
    return issuer + "/protocol/openid-connect/certs";
  }

  /** A signed access token for the spec; expired or foreign when the spec says so. */
  public String token(TokenSpec spec) {
    Instant now = Instant.now();
    Instant expiry = now.plus(spec.expiresIn());
    Instant issuedAt = expiry.isBefore(now) ? expiry.minusSeconds(300) : now;
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(spec.issuer() != null ? spec.issuer() : issuer)
            .subject(
                UUID.nameUUIDFromBytes(spec.username().getBytes(StandardCharsets.UTF_8)).toString())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiry))
            .claim("typ", "Bearer")
            .claim("azp", "chidao-cli")
            .claim("preferred_username", spec.username())
            .claim("unit_id", spec.unitId())
            .claim("unit_path", spec.unitPath())
            .claim("province", spec.province())
            .claim("realm_access", Map.of("roles", spec.roles()))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a test token", e);
    }
    return jwt.serialize();
  }

  private static void respond(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
