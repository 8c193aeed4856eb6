package vn.chidao.testsupport.push;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The user agent's half of Message Encryption for Web Push (RFC 8291) over the {@code aes128gcm}
 * content coding (RFC 8188): derives the content key from the sender's ephemeral key in the header,
 * the browser's private key and the auth secret, then opens every record.
 *
 * <p>The ECDH runs on BouncyCastle's custom P-256 arithmetic ({@link EcKeys#sharedSecret}), as the
 * sender's does: with JDK 17's SunEC this push service spent ~1 ms per message on it, which on a
 * two-core machine took a large share of what a benchmark of the sender should measure.
 */
final class Aes128GcmDecryption {

  private Aes128GcmDecryption() {}

  static byte[] decrypt(byte[] body, BrowserSubscription browser) throws GeneralSecurityException {
    ByteBuffer in = ByteBuffer.wrap(body);
    if (body.length < 21) {
      throw new GeneralSecurityException("body shorter than the aes128gcm header");
    }
    byte[] salt = new byte[16];
    in.get(salt);
    int recordSize = in.getInt();
    int idLength = Byte.toUnsignedInt(in.get());
    if (idLength != 65 || recordSize < 18) {
      throw new GeneralSecurityException("header key id is not a P-256 public key");
    }
    if (in.remaining() < idLength) {
      throw new GeneralSecurityException("body ends inside the header's key id");
    }
    byte[] senderKey = new byte[65];
    in.get(senderKey);

    byte[] sharedSecret = EcKeys.sharedSecret(browser.keys().getPrivate(), senderKey);
    byte[] browserKey = Base64.getUrlDecoder().decode(browser.p256dh());

    byte[] keyInfo =
        concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserKey, senderKey);
    byte[] ikm = hkdf(browser.authSecret(), sharedSecret, keyInfo, 32);
    byte[] cek =
        hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
    byte[] nonce =
        hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

    ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
    long sequence = 0;
    while (in.hasRemaining()) {
      byte[] record = new byte[Math.min(recordSize, in.remaining())];
      in.get(record);
      boolean last = !in.hasRemaining();
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(cek, "AES"),
          new GCMParameterSpec(128, recordNonce(nonce, sequence++)));
      byte[] padded = cipher.doFinal(record);
      plaintext.writeBytes(unpad(padded, last));
    }
    return plaintext.toByteArray();
  }

  /** Content, then a delimiter (2 in the last record, 1 before), then zero padding. */
  private static byte[] unpad(byte[] padded, boolean last) throws GeneralSecurityException {
    int end = padded.length - 1;
    while (end >= 0 && padded[end] == 0) {
      end--;
    }
    if (end < 0 || padded[end] != (last ? 2 : 1)) {
      throw new GeneralSecurityException("bad record padding delimiter");
    }
    return Arrays.copyOf(padded, end);
  }

  private static byte[] recordNonce(byte[] nonce, long sequence) {
    byte[] result = nonce.clone();
    for (int i = 0; i < 8; i++) {
      result[11 - i] ^= (byte) (sequence >>> (8 * i));
    }
    return result;
  }

  /** HKDF-SHA-256 (RFC 5869) for outputs of at most one hash length. */
  private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] prk = mac.doFinal(ikm);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    mac.update(info);
    mac.update((byte) 1);
    return Arrays.copyOf(mac.doFinal(), length);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
