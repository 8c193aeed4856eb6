package vn.chidao.notification.push.adapter.out;

import com.zerodeplibs.webpush.header.TTL;
import com.zerodeplibs.webpush.header.Topic;
import com.zerodeplibs.webpush.header.Urgency;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.chidao.notification.push.application.PushTransport;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushOutcome;

/**
 * Sends a push, encrypted per RFC 8291 ({@link Aes128GcmEncryption}), with the JDK {@link
 * HttpClient}, asynchronously.
 *
 * <p>The request is built here rather than with zerodep's {@code StandardHttpClientRequestPreparer}
 * (which sets the same headers): the preparer signs a new VAPID token and creates a new encryptor
 * for every message. Here the token comes from {@link VapidHeaders} (one per push service origin)
 * and the encryptor, which is not thread-safe, is kept one per thread of the {@code crypto}
 * scheduler. Encryption (~1.5 ms of key generation and ECDH on JDK 17) runs only there, never on an
 * event loop or the consumer's thread; the HTTP exchange is {@code sendAsync}.
 */
public final class WebPushTransport implements PushTransport {

  private static final Logger logger = LoggerFactory.getLogger(WebPushTransport.class);
  private static final ThreadLocal<Aes128GcmEncryption> ENCRYPTION =
      ThreadLocal.withInitial(Aes128GcmEncryption::new);
  private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

  private final HttpClient http;
  private final VapidHeaders vapid;
  private final Scheduler crypto;
  private final Duration requestTimeout;
  private final Clock clock;

  public WebPushTransport(
      HttpClient http, VapidHeaders vapid, Scheduler crypto, Duration requestTimeout, Clock clock) {
    this.http = http;
    this.vapid = vapid;
    this.crypto = crypto;
    this.requestTimeout = requestTimeout;
    this.clock = clock;
  }

  @Override
  public Mono<PushOutcome> send(PushDelivery delivery) {
    return Mono.fromCallable(() -> request(delivery))
        .subscribeOn(crypto)
        .flatMap(
            request ->
                Mono.fromFuture(
                    () -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding())))
        .map(response -> PushOutcome.ofStatus(response.statusCode(), retryAfter(response)))
        .onErrorResume(
            error -> {
              logger.debug("Push {} failed", delivery.id(), error);
              return Mono.just(failure(error));
            });
  }

  HttpRequest request(PushDelivery delivery) throws GeneralSecurityException {
    byte[] body =
        ENCRYPTION
            .get()
            .encrypt(
                BASE64URL.decode(delivery.target().p256dh()),
                BASE64URL.decode(delivery.target().auth()),
                delivery.payload().getBytes(StandardCharsets.UTF_8));
    // TTL counts from now: the time already spent in the log is taken off the push's lifetime.
    long ttl = Math.max(0, Duration.between(clock.instant(), delivery.expiresAt()).toSeconds());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(delivery.target().endpoint()))
            .timeout(requestTimeout)
            .header("Authorization", vapid.forEndpoint(delivery.target().endpoint()))
            .header(TTL.HEADER_NAME, Long.toString(ttl))
            .header(Urgency.HEADER_NAME, delivery.headers().urgency())
            .header("Content-Type", "application/octet-stream")
            .header("Content-Encoding", "aes128gcm")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (delivery.headers().topic() != null) {
      builder.header(Topic.HEADER_NAME, delivery.headers().topic());
    }
    return builder.build();
  }

  private static PushOutcome failure(Throwable error) {
    String reason = error.getClass().getSimpleName();
    if (error.getMessage() != null) {
      reason += ": " + error.getMessage();
    }
    // A message that cannot be encrypted (a broken key slipped into the store) never will be.
    if (error instanceof GeneralSecurityException || error instanceof IllegalArgumentException) {
      return new PushOutcome.Refused(reason);
    }
    return new PushOutcome.TryLater(reason, Optional.empty());
  }

  /** {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
  Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(value -> parseRetryAfter(value, clock.instant()));
  }

  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
