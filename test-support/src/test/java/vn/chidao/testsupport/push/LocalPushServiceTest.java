package vn.chidao.testsupport.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.zerodeplibs.webpush.PushSubscription;
import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local push service against a real Web Push library (zerodep) as the sender. */
class LocalPushServiceTest {

  private final LocalPushService push = LocalPushService.start();
  private final HttpClient http = HttpClient.newHttpClient();
  private final VAPIDKeyPair vapid = vapidKeys(EcKeys.newKeyPair());

  @AfterEach
  void stop() {
    push.close();
  }

  private static VAPIDKeyPair vapidKeys(KeyPair keys) {
    return VAPIDKeyPairs.of(
        PrivateKeySources.ofECPrivateKey((ECPrivateKey) keys.getPrivate()),
        PublicKeySources.ofECPublicKey((ECPublicKey) keys.getPublic()));
  }

  private static PushSubscription asSeenByTheServer(BrowserSubscription browser) {
    PushSubscription subscription = new PushSubscription();
    subscription.setEndpoint(browser.endpoint());
    PushSubscription.Keys keys = new PushSubscription.Keys();
    keys.setP256dh(browser.p256dh());
    keys.setAuth(browser.auth());
    subscription.setKeys(keys);
    return subscription;
  }

  private HttpRequest.Builder request(BrowserSubscription browser, String message) {
    return StandardHttpClientRequestPreparer.getBuilder()
        .pushSubscription(asSeenByTheServer(browser))
        .vapidJWTExpiresAfter(15, TimeUnit.MINUTES)
        .vapidJWTSubject("mailto:no-reply@chidao.test")
        .pushMessage(message)
        .ttl(1, TimeUnit.HOURS)
        .urgencyHigh()
        .topic("directive-42")
        .build(vapid)
        .toRequestBuilder();
  }

  private int send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void an_encrypted_push_arrives_decrypted_with_its_headers() throws Exception {
    BrowserSubscription browser = push.subscribe();

    int status = send(request(browser, "Văn bản mới: Chỉ thị về công tác dân vận").build());

    assertThat(status).isEqualTo(201);
    assertThat(push.receivedBy(browser))
        .singleElement()
        .satisfies(
            received -> {
              assertThat(received.text()).isEqualTo("Văn bản mới: Chỉ thị về công tác dân vận");
              assertThat(received.urgency()).isEqualTo("high");
              assertThat(received.topic()).isEqualTo("directive-42");
              assertThat(received.ttlSeconds()).isEqualTo(3600);
              assertThat(received.vapidSubject()).isEqualTo("mailto:no-reply@chidao.test");
            });
  }

  @Test
  void a_body_that_was_not_encrypted_for_this_browser_is_refused() throws Exception {
    BrowserSubscription browser = push.subscribe();
    BrowserSubscription other = push.subscribe();
    // Encrypted for the other browser's keys, sent to this one's endpoint.
    HttpRequest misdirected =
        request(other, "nhầm người nhận").uri(java.net.URI.create(browser.endpoint())).build();

    assertThat(send(misdirected)).isEqualTo(400);
    assertThat(push.receivedBy(browser)).isEmpty();
    assertThat(push.rejected()).anyMatch(r -> r.reason().startsWith("cannot decrypt"));
  }

  @Test
  void a_push_without_vapid_is_unauthorized() throws Exception {
    BrowserSubscription browser = push.subscribe();
    HttpRequest anonymous =
        HttpRequest.newBuilder(java.net.URI.create(browser.endpoint()))
            .header("TTL", "60")
            .header("Content-Encoding", "aes128gcm")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[100]))
            .build();

    assertThat(send(anonymous)).isEqualTo(401);
  }

  @Test
  void a_vapid_token_signed_with_another_key_is_unauthorized() throws Exception {
    BrowserSubscription browser = push.subscribe();
    HttpRequest genuine = request(browser, "x").build();
    String forgedKey = browser.p256dh(); // a valid P-256 point, but not the signer's
    String authorization =
        genuine
            .headers()
            .firstValue("Authorization")
            .orElseThrow()
            .replaceAll("k=[^,\\s]+", "k=" + forgedKey);
    HttpRequest forged = request(browser, "x").setHeader("Authorization", authorization).build();

    assertThat(send(forged)).isEqualTo(401);
  }

  @Test
  void an_unsubscribed_browser_answers_gone() throws Exception {
    BrowserSubscription browser = push.subscribe();
    push.unsubscribe(browser);

    assertThat(send(request(browser, "x").build())).isEqualTo(410);
  }

  @Test
  void scripted_throttling_says_when_to_retry_and_then_accepts() throws Exception {
    BrowserSubscription browser = push.subscribe();
    push.failNext(browser, 429, 1, Duration.ofSeconds(7));

    HttpResponse<Void> throttled =
        http.send(request(browser, "x").build(), HttpResponse.BodyHandlers.discarding());
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).contains("7");

    assertThat(send(request(browser, "x").build())).isEqualTo(201);
  }
}
