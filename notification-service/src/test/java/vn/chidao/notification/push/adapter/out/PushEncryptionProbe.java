package vn.chidao.notification.push.adapter.out;

import java.security.GeneralSecurityException;

/** The service's own push encryption, reachable from the benchmark (another package). */
public final class PushEncryptionProbe {

  private final Aes128GcmEncryption encryption = new Aes128GcmEncryption();

  /** One RFC 8291 encryption as the transport does it: fresh key pair and salt. */
  public byte[] encrypt(byte[] browserKey, byte[] authSecret, byte[] plaintext)
      throws GeneralSecurityException {
    return encryption.encrypt(browserKey, authSecret, plaintext);
  }
}
