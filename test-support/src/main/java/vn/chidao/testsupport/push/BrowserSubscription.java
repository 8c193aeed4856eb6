package vn.chidao.testsupport.push;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;

/**
 * What a browser's {@code PushManager.subscribe()} hands to the application: the endpoint to POST
 * to and the keys to encrypt for (RFC 8291). The private half stays here, as it would in the
 * browser, so the local push service can decrypt what it receives.
 *
 * @param p256dh the user agent's public key, uncompressed P-256 point, base64url
 * @param auth the 16-byte authentication secret, base64url
 */
public record BrowserSubscription(
    String id, String endpoint, String p256dh, String auth, KeyPair keys, byte[] authSecret) {

  static BrowserSubscription create(String id, String endpoint, KeyPair keys, byte[] authSecret) {
    Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
    return new BrowserSubscription(
        id,
        endpoint,
        base64url.encodeToString(EcKeys.uncompressed((ECPublicKey) keys.getPublic())),
        base64url.encodeToString(authSecret),
        keys,
        authSecret.clone());
  }

  /** The subscription as the browser serialises it (PushSubscription.toJSON()). */
  public String toJson() {
    return "{\"endpoint\":\"%s\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"%s\",\"auth\":\"%s\"}}"
        .formatted(endpoint, p256dh, auth);
  }
}
