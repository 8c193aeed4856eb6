package vn.chidao.notification.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.chidao.notification.mail.model.RetrySchedule;
import vn.chidao.notification.push.application.PushDispatchSettings;

/**
 * {@code chidao.push.*}: VAPID identity and how pushes are sent and retried.
 *
 * @param subject the operator contact push services see in every VAPID token
 * @param vapidPublicKey with {@code vapidPrivateKey}: a configured key pair; empty → generated once
 *     and kept in MongoDB
 * @param vapidLifetime VAPID token lifetime (≤ 24 h); {@code vapidRefreshBefore} earlier it is
 *     replaced
 * @param allowLocalEndpoints accept http endpoints on 127.0.0.1/localhost: tests only
 * @param maxSubscriptionsPerUser browsers one account may subscribe: each is a URL this service
 *     POSTs to, so the number is bounded
 * @param cryptoThreads threads that encrypt (CPU-bound, ~1 ms per push): the core count
 * @param inFlight pushes being encrypted or awaiting an answer at once
 */
@ConfigurationProperties("chidao.push")
public record PushSettings(
    @DefaultValue("mailto:no-reply@chidao.test") String subject,
    @DefaultValue("") String vapidPublicKey,
    @DefaultValue("") String vapidPrivateKey,
    @DefaultValue("12h") Duration vapidLifetime,
    @DefaultValue("1h") Duration vapidRefreshBefore,
    @DefaultValue("false") boolean allowLocalEndpoints,
    @DefaultValue("20") int maxSubscriptionsPerUser,
    @DefaultValue("2") int cryptoThreads,
    @DefaultValue("64") int inFlight,
    @DefaultValue("500") int batchSize,
    @DefaultValue("15s") Duration pollInterval,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("30s") Duration firstRetryDelay,
    @DefaultValue("30m") Duration maxRetryDelay,
    @DefaultValue("2m") Duration lease,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("20s") Duration requestTimeout) {

  boolean hasConfiguredKeys() {
    return !vapidPublicKey.isBlank() && !vapidPrivateKey.isBlank();
  }

  RetrySchedule retrySchedule() {
    return new RetrySchedule(maxAttempts, firstRetryDelay, maxRetryDelay, lease);
  }

  PushDispatchSettings dispatchSettings() {
    return new PushDispatchSettings(batchSize, inFlight, pollInterval);
  }
}
