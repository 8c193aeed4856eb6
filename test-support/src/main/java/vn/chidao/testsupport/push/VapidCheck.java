package vn.chidao.testsupport.push;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
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

  /** Verified tokens remembered before the memory is cleared (senders reuse a handful). */
  private static final int REMEMBERED = 1_000;

  /** Who signed, when accepted. */
  record Signer(String subject, String publicKey) {}

  private VapidCheck() {}

  /** A token whose signature matched its key: what the claims checks need, kept by header. */
  record Verified(JWTClaimsSet claims, String publicKey) {}

  /** The signer, or an exception whose message says what is wrong. */
  static Signer verify(String authorization, String audience) throws InvalidVapid {
    return checkClaims(verifySignature(authorization), audience);
  }

  /**
   * As {@link #verify(String, String)}, but an {@code Authorization} value whose signature was
   * verified before is not verified again: the same bytes verify the same way, and a push service
   * may remember it (senders reuse one token per push service for hours, RFC 8292 §2). The claims —
   * audience, expiry against the current time, contact — are still checked on every request.
   *
   * @param verified tokens verified so far, by {@code Authorization} value; filled by this call
   */
  static Signer verify(String authorization, String audience, Map<String, Verified> verified)
      throws InvalidVapid {
    Verified known = authorization == null ? null : verified.get(authorization);
    if (known == null) {
      known = verifySignature(authorization);
      if (verified.size() >= REMEMBERED) {
        verified.clear();
      }
      verified.put(authorization, known);
    }
    return checkClaims(known, audience);
  }

  private static Verified verifySignature(String authorization) throws InvalidVapid {
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
      return new Verified(jwt.getJWTClaimsSet(), key);
    } catch (InvalidVapid e) {
      throw e;
    } catch (Exception e) {
      throw new InvalidVapid("unreadable VAPID token or key: " + e.getMessage());
    }
  }

  private static Signer checkClaims(Verified verified, String audience) throws InvalidVapid {
    JWTClaimsSet claims = verified.claims();
    if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
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
    return new Signer(subject, verified.publicKey());
  }

  static final class InvalidVapid extends Exception {
    InvalidVapid(String message) {
      super(message);
    }
  }
}
