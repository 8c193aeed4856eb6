package vn.chidao.directive.org;

import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.chidao.contracts.org.OrgUnitChanged;

/**
 * Keeps the read copy of the tree from identity's {@code OrgUnitChanged} events (binding {@code
 * orgUnitChanged-in-0}, group {@code directive-service}).
 */
@Configuration(proxyBeanMethods = false)
public class OrgUnitChangedConsumer {

  private static final Logger log = LoggerFactory.getLogger(OrgUnitChangedConsumer.class);

  /**
   * Bounds the wait for the write; past it the message fails and is retried, then dead-lettered.
   */
  static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Imperative on purpose: the broker must only forget the message once the copy is written, and
   * only a per-message handler gets the binder's retries and dead-letter queue (a reactive {@code
   * Flux} consumer acknowledges on receipt). Waiting here holds a listener-container thread, which
   * exists for that, never a Netty event-loop thread.
   */
  @Bean
  public Consumer<Message<OrgUnitChanged>> orgUnitChanged(UnitReadCopy units) {
    return message -> {
      OrgUnitChanged change = message.getPayload();
      requireComplete(change);
      boolean applied = Boolean.TRUE.equals(units.apply(change).block(WRITE_TIMEOUT));
      log.debug(
          "OrgUnitChanged {} for unit {}: {}",
          change.eventId(),
          change.unitId(),
          applied ? "applied" : "stale, ignored");
    };
  }

  /** A change without these cannot be placed in the tree; it ends in the dead-letter queue. */
  static void requireComplete(OrgUnitChanged change) {
    if (change.unitId() == null
        || change.tenant() == null
        || change.path() == null
        || change.occurredAt() == null) {
      throw new IllegalArgumentException(
          "OrgUnitChanged " + change.eventId() + " lacks unitId, tenant, path or occurredAt");
    }
  }
}
