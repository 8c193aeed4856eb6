package vn.chidao.testsupport.push;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;

/** P-256 keys in the uncompressed point form Web Push uses on the wire. */
final class EcKeys {

  private static final ECParameterSpec P256 =
      newKeyPair().getPublic() instanceof ECPublicKey k ? k.getParams() : null;

  /** BouncyCastle's custom secp256r1 arithmetic: ECDH several times faster than JDK 17's. */
  private static final ECDomainParameters BC_P256 = bcP256();

  private EcKeys() {}

  /**
   * ECDH (the x coordinate of the shared point, 32 bytes) of a P-256 private key with an
   * uncompressed public point, which must lie on the curve.
   */
  static byte[] sharedSecret(PrivateKey privateKey, byte[] publicPoint)
      throws GeneralSecurityException {
    if (publicPoint.length != 65 || publicPoint[0] != 0x04) {
      throw new GeneralSecurityException("not an uncompressed P-256 point");
    }
    try {
      ECDHBasicAgreement agreement = new ECDHBasicAgreement();
      agreement.init(new ECPrivateKeyParameters(((ECPrivateKey) privateKey).getS(), BC_P256));
      BigInteger x =
          agreement.calculateAgreement(
              new ECPublicKeyParameters(BC_P256.getCurve().decodePoint(publicPoint), BC_P256));
      return BigIntegers.asUnsignedByteArray(agreement.getFieldSize(), x);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new GeneralSecurityException("not a valid P-256 point: " + e.getMessage(), e);
    }
  }

  private static ECDomainParameters bcP256() {
    X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
    return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
  }

  static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No P-256 support in this JDK", e);
    }
  }

  /** {@code 0x04 || X || Y}, 65 bytes. */
  static byte[] uncompressed(ECPublicKey key) {
    byte[] point = new byte[65];
    point[0] = 0x04;
    copyUnsigned(key.getW().getAffineX(), point, 1);
    copyUnsigned(key.getW().getAffineY(), point, 33);
    return point;
  }

  static ECPublicKey fromUncompressed(byte[] point) throws GeneralSecurityException {
    if (point.length != 65 || point[0] != 0x04) {
      throw new GeneralSecurityException("not an uncompressed P-256 point");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
    return (ECPublicKey)
        KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), P256));
  }

  private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
    byte[] bytes = value.toByteArray();
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
  }
}
