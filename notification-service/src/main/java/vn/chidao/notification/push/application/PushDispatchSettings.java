package vn.chidao.notification.push.application;

import java.time.Duration;

/**
 * How hard the push dispatcher pushes.
 *
 * @param batchSize entries read per pass; a full batch triggers another pass at once
 * @param inFlight pushes encrypted or awaiting the push service's answer at once
 * @param pollInterval how often due retries and abandoned attempts are looked for
 */
public record PushDispatchSettings(int batchSize, int inFlight, Duration pollInterval) {

  public PushDispatchSettings {
    if (batchSize < 1 || inFlight < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("push dispatch settings must be positive");
    }
  }
}
