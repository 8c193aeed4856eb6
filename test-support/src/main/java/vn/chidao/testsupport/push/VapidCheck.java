package vn.chidao.testsupport.push;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a request's VAPID authorization as a push service does (RFC 8292): {@code vapid t=<JWT>,
 * k=<public key>}, an ES256 JWT signed by that key, {@code aud} the push service's origin, {@code
 * exp} in the future and at most 24 h away, {@code sub} a mailto: or https: contact.
 */
final class VapidCheck {

  private static final Pattern VAPID =
      Pattern.compile(
          "vapid\\s+(?:t=([^,\\s]+)\\s*,\\s*k=([^,\\s]+)|k=([^,\\s]+)\\s*,\\s*t=([^,\\s]+))");

  /** Who signed, when accepted. */
  record Signer(String subject, String publicKey) {}

  private VapidCheck() {}

  /** The signer, or an exception whose message says what is wrong. */
  static Signer verify(String authorization, String audience) throws InvalidVapid {
    if (authorization == null) {
      throw new InvalidVapid("no Authorization header");
    }
    Matcher matcher = VAPID.matcher(authorization.trim());
    if (!matcher.matches()) {
      throw new InvalidVapid("Authorization is not 'vapid t=..., k=...'");
    }
    String token = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
    String key = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    try {
      ECPublicKey publicKey = EcKeys.fromUncompressed(Base64.getUrlDecoder().decode(key));
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
        throw new InvalidVapid("JWT is not ES256");
      }
      if (!jwt.verify(new ECDSAVerifier(publicKey))) {
        throw new InvalidVapid("JWT signature does not match the k= key");
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!claims.getAudience().contains(audience)) {
        throw new InvalidVapid("aud " + claims.getAudience() + " is not " + audience);
      }
      Instant now = Instant.now();
      if (claims.getExpirationTime() == null
          || claims.getExpirationTime().toInstant().isBefore(now)
          || claims.getExpirationTime().toInstant().isAfter(now.plus(Duration.ofHours(24)))) {
        throw new InvalidVapid("exp missing, past, or more than 24 h away");
      }
      String subject = claims.getSubject();
      if (subject == null || !(subject.startsWith("mailto:") || subject.startsWith("https:"))) {
        throw new InvalidVapid("sub is not a mailto: or https: contact");
      }
      return new Signer(subject, key);
    } catch (InvalidVapid e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidVapid("unreadable VAPID token or key: " + e.getMessage());
    }
  }

  static final class InvalidVapid extends Exception {
    InvalidVapid(String message) {
      super(message);
    }
  }
}
