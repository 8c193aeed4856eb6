package vn.chidao.notification.push.adapter.out;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import reactor.core.publisher.Mono;

/**
 * The application server's VAPID key pair (RFC 8292). Browsers bind each subscription to the public
 * key given to {@code PushManager.subscribe}, so the pair must never change by itself: it comes
 * from the environment when set ({@code CHIDAO_VAPID_PUBLIC_KEY}/{@code CHIDAO_VAPID_PRIVATE_KEY}),
 * otherwise it is generated once and kept in {@code vapid_keys} under a fixed id. Two instances
 * starting together both try to insert; the unique {@code _id} keeps the first and the other reads
 * it back.
 *
 * @param publicKey base64url of the 65-byte uncompressed P-256 point (what the browser wants)
 */
public record VapidKeys(String publicKey, VAPIDKeyPair pair) {

  static final String COLLECTION = "vapid_keys";
  static final String ID = "vapid";

  @Document(COLLECTION)
  record StoredKeys(@Id String id, String publicKey, String privateKeyPkcs8, Instant createdAt) {}

  /**
   * From configuration: the public key as base64url uncompressed point, the private key as
   * base64url of either the raw 32-byte scalar (what {@code web-push generate-vapid-keys} prints)
   * or PKCS#8. Refuses a pair whose halves do not belong together.
   */
  public static VapidKeys fromConfiguration(String publicKey, String privateKey) {
    Base64.Decoder base64url = Base64.getUrlDecoder();
    byte[] publicBytes = base64url.decode(publicKey.strip());
    byte[] privateBytes = base64url.decode(privateKey.strip());
    ECPublicKey ecPublic = PublicKeySources.ofUncompressedBytes(publicBytes).extract();
    ECPrivateKey ecPrivate =
        privateBytes.length == 32
            ? fromScalar(privateBytes)
            : PrivateKeySources.ofPKCS8Bytes(privateBytes).extract();
    requireSamePair(ecPrivate, ecPublic);
    return of(ecPrivate, ecPublic);
  }

  /** The stored pair, created and stored first when there is none. */
  public static Mono<VapidKeys> loadOrCreate(ReactiveMongoTemplate template) {
    Mono<VapidKeys> stored = template.findById(ID, StoredKeys.class).map(VapidKeys::fromStored);
    return stored.switchIfEmpty(
        Mono.defer(
            () -> {
              KeyPair generated = generate();
              StoredKeys keys =
                  new StoredKeys(
                      ID,
                      base64url(
                          PublicKeySources.ofECPublicKey((ECPublicKey) generated.getPublic())
                              .extractBytesInUncompressedForm()),
                      base64url(generated.getPrivate().getEncoded()),
                      Instant.now());
              return template
                  .insert(keys)
                  .map(VapidKeys::fromStored)
                  .onErrorResume(DuplicateKeyException.class, lostTheRace -> stored);
            }));
  }

  private static VapidKeys fromStored(StoredKeys stored) {
    Base64.Decoder decoder = Base64.getUrlDecoder();
    ECPublicKey ecPublic =
        PublicKeySources.ofUncompressedBytes(decoder.decode(stored.publicKey())).extract();
    ECPrivateKey ecPrivate =
        PrivateKeySources.ofPKCS8Bytes(decoder.decode(stored.privateKeyPkcs8())).extract();
    return of(ecPrivate, ecPublic);
  }

  static VapidKeys of(ECPrivateKey privateKey, ECPublicKey publicKey) {
    VAPIDKeyPair pair =
        VAPIDKeyPairs.of(
            PrivateKeySources.ofECPrivateKey(privateKey),
            PublicKeySources.ofECPublicKey(publicKey));
    return new VapidKeys(base64url(pair.extractPublicKeyInUncompressedForm()), pair);
  }

  static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is part of every JDK", e);
    }
  }

  private static ECPrivateKey fromScalar(byte[] d) {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
      return (ECPrivateKey)
          KeyFactory.getInstance("EC")
              .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, d), spec));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("CHIDAO_VAPID_PRIVATE_KEY is not a P-256 key", e);
    }
  }

  private static void requireSamePair(ECPrivateKey privateKey, ECPublicKey publicKey) {
    try {
      byte[] probe = "chidao-vapid".getBytes(StandardCharsets.UTF_8);
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(publicKey);
      verifier.update(probe);
      if (!verifier.verify(signature)) {
        throw new IllegalArgumentException(
            "CHIDAO_VAPID_PUBLIC_KEY and CHIDAO_VAPID_PRIVATE_KEY are not one key pair");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the VAPID key pair cannot sign", e);
    }
  }

  private static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
