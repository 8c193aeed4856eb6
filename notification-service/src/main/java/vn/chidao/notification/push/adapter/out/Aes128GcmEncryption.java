package vn.chidao.notification.push.adapter.out;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * Message Encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188),
 * one record: a fresh P-256 key pair and salt per message (the RFC requires both), ECDH with the
 * browser's key, HKDF-SHA-256, AES-128-GCM.
 *
 * <p>The key pair and ECDH use BouncyCastle's lightweight API on its custom secp256r1 arithmetic:
 * the key pair with a fixed-point comb over the generator, ECDH with the browser's point (decoded
 * and checked to be on the curve). On JDK 17 SunEC took ~1.5 ms for the two, most of the cost of a
 * push; here they take a fraction of that. HKDF and AES-GCM stay on the JDK (cheap, and AES-GCM is
 * hardware-accelerated there). Written here rather than taken from zerodep's {@code
 * MessageEncryption}, which also looks up and initialises new JCA objects for every message. Not
 * thread-safe (the {@link Mac} and {@link Cipher} keep state): one instance per thread.
 */
final class Aes128GcmEncryption {

  /** RFC 8188 record size announced in the header; one record holds the whole message. */
  static final int RECORD_SIZE = 4096;

  private static final int TAG_BYTES = 16;
  private static final byte[] ONE = {1};
  private static final byte LAST_RECORD_DELIMITER = 2;
  private static final byte[] KEY_INFO = ascii("WebPush: info\0");
  private static final byte[] CEK_INFO = ascii("Content-Encoding: aes128gcm\0\1");
  private static final byte[] NONCE_INFO = ascii("Content-Encoding: nonce\0\1");

  private static final ECDomainParameters P256 = p256();

  private final SecureRandom random = new SecureRandom();
  private final ECKeyPairGenerator generator = new ECKeyPairGenerator();
  private final Mac hmac;
  private final Cipher cipher;

  Aes128GcmEncryption() {
    generator.init(new ECKeyGenerationParameters(P256, random));
    try {
      hmac = Mac.getInstance("HmacSHA256");
      cipher = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HMAC-SHA-256 or AES-GCM", e);
    }
  }

  /**
   * @param browserKey the subscription's {@code p256dh}: an uncompressed P-256 point (65 bytes)
   * @param authSecret the subscription's {@code auth} (16 bytes)
   * @return the request body: header (salt, record size, sender key) and the one record
   * @throws GeneralSecurityException when the browser's key is not a point of the curve
   * @throws IllegalArgumentException when the message does not fit one record
   */
  byte[] encrypt(byte[] browserKey, byte[] authSecret, byte[] plaintext)
      throws GeneralSecurityException {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    AsymmetricCipherKeyPair sender = generator.generateKeyPair();
    return encrypt(
        browserKey,
        authSecret,
        plaintext,
        (ECPrivateKeyParameters) sender.getPrivate(),
        ((ECPublicKeyParameters) sender.getPublic()).getQ(),
        salt);
  }

  /** With a given sender private key and salt: for the RFC's worked example only. */
  byte[] encrypt(
      byte[] browserKey, byte[] authSecret, byte[] plaintext, BigInteger senderPrivate, byte[] salt)
      throws GeneralSecurityException {
    ECPoint senderPublic = new FixedPointCombMultiplier().multiply(P256.getG(), senderPrivate);
    return encrypt(
        browserKey,
        authSecret,
        plaintext,
        new ECPrivateKeyParameters(senderPrivate, P256),
        senderPublic,
        salt);
  }

  private byte[] encrypt(
      byte[] browserKey,
      byte[] authSecret,
      byte[] plaintext,
      ECPrivateKeyParameters senderPrivate,
      ECPoint senderPublic,
      byte[] salt)
      throws GeneralSecurityException {
    if (plaintext.length + 1 + TAG_BYTES > RECORD_SIZE) {
      throw new IllegalArgumentException("push message over one record: " + plaintext.length);
    }
    byte[] sharedSecret = ecdh(senderPrivate, browserKey);
    byte[] senderKey = senderPublic.getEncoded(false);

    // RFC 8291 §3.4: IKM = HKDF(auth, ecdh, "WebPush: info" || 0 || ua_public || as_public, 32)
    byte[] ikm = hmac(hmac(authSecret, sharedSecret), KEY_INFO, browserKey, senderKey, ONE);
    byte[] prk = hmac(salt, ikm);
    byte[] cek = Arrays.copyOf(hmac(prk, CEK_INFO), 16);
    byte[] nonce = Arrays.copyOf(hmac(prk, NONCE_INFO), 12);

    cipher.init(
        Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    // One record, the last: the content, then its delimiter 2 (RFC 8188 §2), no padding.
    byte[] padded = Arrays.copyOf(plaintext, plaintext.length + 1);
    padded[plaintext.length] = LAST_RECORD_DELIMITER;
    byte[] record = cipher.doFinal(padded);

    return ByteBuffer.allocate(16 + 4 + 1 + senderKey.length + record.length)
        .put(salt)
        .putInt(RECORD_SIZE)
        .put((byte) senderKey.length)
        .put(senderKey)
        .put(record)
        .array();
  }

  /**
   * The x coordinate of the shared point, 32 bytes. The browser's key must be an uncompressed point
   * on the curve (BouncyCastle checks the coordinates when decoding and the point again when it
   * becomes a public key), so a bad subscription key cannot leak the ephemeral private key.
   */
  private static byte[] ecdh(ECPrivateKeyParameters senderPrivate, byte[] browserKey)
      throws GeneralSecurityException {
    if (browserKey.length != 65 || browserKey[0] != 4) {
      throw new GeneralSecurityException("p256dh is not an uncompressed P-256 point");
    }
    try {
      ECPoint point = P256.getCurve().decodePoint(browserKey);
      ECDHBasicAgreement agreement = new ECDHBasicAgreement();
      agreement.init(senderPrivate);
      BigInteger x = agreement.calculateAgreement(new ECPublicKeyParameters(point, P256));
      return BigIntegers.asUnsignedByteArray(agreement.getFieldSize(), x);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new GeneralSecurityException("p256dh is not a valid P-256 point: " + e.getMessage(), e);
    }
  }

  /** HMAC-SHA-256 of the parts under {@code key}: HKDF's extract, or its expand for one block. */
  private byte[] hmac(byte[] key, byte[]... parts) throws GeneralSecurityException {
    hmac.init(new SecretKeySpec(key, "HmacSHA256"));
    for (byte[] part : parts) {
      hmac.update(part);
    }
    return hmac.doFinal();
  }

  private static ECDomainParameters p256() {
    X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
    return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
