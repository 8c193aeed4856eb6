package vn.chidao.notification.mail.application;

import java.time.Duration;

/**
 * How hard the dispatcher pushes.
 *
 * @param batchSize entries claimed per pass; a full batch triggers another pass at once
 * @param perConnection messages sent over one SMTP connection (a new connection per message is
 *     slow)
 * @param connections SMTP connections used at the same time; match the SMTP scheduler's cap
 * @param pollInterval how often due retries and abandoned attempts are looked for
 */
public record DispatchSettings(
    int batchSize, int perConnection, int connections, Duration pollInterval) {

  public DispatchSettings {
    if (batchSize < 1
        || perConnection < 1
        || connections < 1
        || pollInterval.isNegative()
        || pollInterval.isZero()) {
      throw new IllegalArgumentException("dispatch settings must be positive");
    }
  }
}
