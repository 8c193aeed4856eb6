package vn.chidao.reporting.org;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.platform.messaging.AcknowledgingConsumer;

/** Binding {@code orgUnitChanged-in-0}: keeps the {@code units} read copy current. */
@Configuration(proxyBeanMethods = false)
class OrgUnitChangedConsumer {

  private static final Logger log = LoggerFactory.getLogger(OrgUnitChangedConsumer.class);

  @Bean
  Consumer<Message<OrgUnitChanged>> orgUnitChanged(UnitCopies units) {
    return AcknowledgingConsumer.of(
        "orgUnitChanged",
        OrgUnitChanged.class,
        event ->
            units
                .apply(event)
                .doOnNext(
                    changed ->
                        log.debug(
                            "Unit {} {} by event {}",
                            event.unitId(),
                            changed ? "updated" : "unchanged (duplicate or older)",
                            event.eventId())));
  }
}
