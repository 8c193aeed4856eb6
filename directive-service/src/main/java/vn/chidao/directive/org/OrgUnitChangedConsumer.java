package vn.chidao.directive.org;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.platform.messaging.AcknowledgingConsumer;
import vn.chidao.platform.messaging.UnusableEvent;

/**
 * Keeps the read copy of the tree from identity's {@code OrgUnitChanged} events (binding {@code
 * orgUnitChanged-in-0}, group {@code directive-service}). The message is acknowledged only once the
 * copy is written, without holding the listener thread (the binding uses manual acknowledgement);
 * failures are retried a few times, then the message is dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
public class OrgUnitChangedConsumer {

  private static final Logger log = LoggerFactory.getLogger(OrgUnitChangedConsumer.class);

  @Bean
  public Consumer<Message<OrgUnitChanged>> orgUnitChanged(UnitReadCopy units) {
    return AcknowledgingConsumer.of(
        "orgUnitChanged",
        OrgUnitChanged.class,
        change ->
            units
                .apply(requireComplete(change))
                .doOnNext(
                    applied ->
                        log.debug(
                            "OrgUnitChanged {} for unit {}: {}",
                            change.eventId(),
                            change.unitId(),
                            applied ? "applied" : "stale, ignored")));
  }

  /** A change without these cannot be placed in the tree; it ends in the dead-letter queue. */
  static OrgUnitChanged requireComplete(OrgUnitChanged change) {
    if (change.unitId() == null
        || change.tenant() == null
        || change.path() == null
        || change.occurredAt() == null) {
      throw new UnusableEvent(
          "OrgUnitChanged " + change.eventId() + " lacks unitId, tenant, path or occurredAt");
    }
    return change;
  }
}
