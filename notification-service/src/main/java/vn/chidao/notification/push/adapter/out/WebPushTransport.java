package vn.chidao.notification.push.adapter.out;

import com.zerodeplibs.webpush.header.TTL;
import com.zerodeplibs.webpush.header.Topic;
import com.zerodeplibs.webpush.header.Urgency;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;
import vn.chidao.notification.push.application.PushTransport;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushOutcome;

/**
 * Sends a push, encrypted per RFC 8291 ({@link Aes128GcmEncryption}), with Reactor Netty's {@link
 * HttpClient} over kept-alive pooled connections ({@link PushHttpClients}), asynchronously.
 *
 * <p>The request is built here rather than with zerodep's {@code StandardHttpClientRequestPreparer}
 * (which sets the same headers): the preparer signs a new VAPID token and creates a new encryptor
 * for every message. Here the token comes from {@link VapidHeaders} (one per push service origin)
 * and the encryptor, which is not thread-safe, is kept one per thread of the {@code crypto}
 * scheduler. Encryption (key generation and ECDH, the costly part) runs only there, never on an
 * event loop or the consumer's thread; the HTTP exchange is non-blocking.
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
    return Mono.fromCallable(() -> prepare(delivery))
        .subscribeOn(crypto)
        .flatMap(request -> post(request).timeout(requestTimeout))
        .onErrorResume(
            error -> {
              logger.debug("Push {} failed", delivery.id(), error);
              return Mono.just(failure(error));
            });
  }

  /** What goes on the wire, ready before a connection is taken from the pool. */
  record Prepared(String endpoint, Map<String, String> headers, byte[] body) {}

  Prepared prepare(PushDelivery delivery) throws GeneralSecurityException {
    return new Prepared(delivery.target().endpoint(), headers(delivery), body(delivery));
  }

  private Mono<PushOutcome> post(Prepared request) {
    return http.post()
        .uri(request.endpoint())
        .send(
            (out, body) -> {
              request.headers().forEach(out::header);
              out.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(request.body().length));
              return body.sendByteArray(Mono.just(request.body()));
            })
        // The (tiny) answer body is read so the connection goes back to the pool.
        .responseSingle(
            (response, content) ->
                content
                    .asByteArray()
                    .then(
                        Mono.fromSupplier(
                            () -> outcome(response.status(), response.responseHeaders()))));
  }

  private byte[] body(PushDelivery delivery) throws GeneralSecurityException {
    return ENCRYPTION
        .get()
        .encrypt(
            BASE64URL.decode(delivery.target().p256dh()),
            BASE64URL.decode(delivery.target().auth()),
            delivery.payload().getBytes(StandardCharsets.UTF_8));
  }

  private Map<String, String> headers(PushDelivery delivery) {
    // TTL counts from now: the time already spent in the log is taken off the push's lifetime.
    long ttl = Math.max(0, Duration.between(clock.instant(), delivery.expiresAt()).toSeconds());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", vapid.forEndpoint(delivery.target().endpoint()));
    headers.put(TTL.HEADER_NAME, Long.toString(ttl));
    headers.put(Urgency.HEADER_NAME, delivery.headers().urgency());
    headers.put("Content-Type", "application/octet-stream");
    headers.put("Content-Encoding", "aes128gcm");
    if (delivery.headers().topic() != null) {
      headers.put(Topic.HEADER_NAME, delivery.headers().topic());
    }
    return headers;
  }

  private PushOutcome outcome(HttpResponseStatus status, HttpHeaders headers) {
    return PushOutcome.ofStatus(status.code(), retryAfter(headers.get("Retry-After")));
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
  Optional<Duration> retryAfter(String value) {
    return value == null ? Optional.empty() : parseRetryAfter(value, clock.instant());
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
