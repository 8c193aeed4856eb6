package vn.chidao.notification.push.adapter.out;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message Encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188),
 * one record: a fresh P-256 key pair and salt per message (the RFC requires both), ECDH with the
 * browser's key, HKDF-SHA-256, AES-128-GCM.
 *
 * <p>Written here rather than taken from zerodep's {@code MessageEncryption}, which looks up and
 * initialises a new key pair generator and key agreement for every message: that bookkeeping cost
 * as much again as the elliptic-curve work itself. Here the JCA objects are created once. Not
 * thread-safe (they keep state): one instance per thread.
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

  private final SecureRandom random = new SecureRandom();
  private final KeyPairGenerator generator;
  private final KeyFactory keys;
  private final KeyAgreement agreement;
  private final Mac hmac;
  private final Cipher cipher;
  private final ECParameterSpec p256;

  Aes128GcmEncryption() {
    try {
      generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      keys = KeyFactory.getInstance("EC");
      agreement = KeyAgreement.getInstance("ECDH");
      hmac = Mac.getInstance("HmacSHA256");
      cipher = Cipher.getInstance("AES/GCM/NoPadding");
      p256 = ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks P-256, ECDH, HMAC-SHA-256 or AES-GCM", e);
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
    return encrypt(browserKey, authSecret, plaintext, generator.generateKeyPair(), salt);
  }

  /** With a given sender key pair and salt: for the RFC's worked example only. */
  byte[] encrypt(
      byte[] browserKey, byte[] authSecret, byte[] plaintext, KeyPair sender, byte[] salt)
      throws GeneralSecurityException {
    if (plaintext.length + 1 + TAG_BYTES > RECORD_SIZE) {
      throw new IllegalArgumentException("push message over one record: " + plaintext.length);
    }
    agreement.init(sender.getPrivate());
    agreement.doPhase(publicKey(browserKey), true);
    byte[] sharedSecret = agreement.generateSecret();
    byte[] senderKey = uncompressed((ECPublicKey) sender.getPublic());

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

  /** HMAC-SHA-256 of the parts under {@code key}: HKDF's extract, or its expand for one block. */
  private byte[] hmac(byte[] key, byte[]... parts) throws GeneralSecurityException {
    hmac.init(new SecretKeySpec(key, "HmacSHA256"));
    for (byte[] part : parts) {
      hmac.update(part);
    }
    return hmac.doFinal();
  }

  private ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
    if (uncompressed.length != 65 || uncompressed[0] != 4) {
      throw new GeneralSecurityException("p256dh is not an uncompressed P-256 point");
    }
    ECPoint point =
        new ECPoint(
            new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
            new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
    return (ECPublicKey) keys.generatePublic(new ECPublicKeySpec(point, p256));
  }

  static byte[] uncompressed(ECPublicKey key) {
    byte[] out = new byte[65];
    out[0] = 4;
    copyUnsigned(key.getW().getAffineX(), out, 1);
    copyUnsigned(key.getW().getAffineY(), out, 33);
    return out;
  }

  private static void copyUnsigned(BigInteger value, byte[] out, int offset) {
    byte[] bytes = value.toByteArray();
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, out, offset + 32 - length, length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
