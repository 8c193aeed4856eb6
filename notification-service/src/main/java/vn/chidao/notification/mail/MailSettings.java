package vn.chidao.notification.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.chidao.notification.mail.application.DispatchSettings;
import vn.chidao.notification.mail.model.RetrySchedule;

/**
 * {@code chidao.mail.*}: the sender address and how e-mails are pushed and retried. SMTP host and
 * port are Boot's {@code spring.mail.*}.
 *
 * @param connections SMTP connections (and threads) at once: the cap of the SMTP scheduler
 * @param lease must outlast one connection's work: connect timeout + perConnection × (write + read
 *     timeout)
 */
@ConfigurationProperties("chidao.mail")
public record MailSettings(
    @DefaultValue("chidao <no-reply@chidao.test>") String from,
    @DefaultValue("4") int connections,
    @DefaultValue("10") int perConnection,
    @DefaultValue("200") int batchSize,
    @DefaultValue("15s") Duration pollInterval,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("1m") Duration firstRetryDelay,
    @DefaultValue("1h") Duration maxRetryDelay,
    @DefaultValue("5m") Duration lease) {

  RetrySchedule retrySchedule() {
    return new RetrySchedule(maxAttempts, firstRetryDelay, maxRetryDelay, lease);
  }

  DispatchSettings dispatchSettings() {
    return new DispatchSettings(batchSize, perConnection, connections, pollInterval);
  }
}
