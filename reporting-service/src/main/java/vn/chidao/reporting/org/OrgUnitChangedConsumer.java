package vn.chidao.reporting.org;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.platform.messaging.AcknowledgingConsumer;

/** Binding {@code orgUnitChanged-in-0}: keeps the {@code units} read copy current. */
@Configuration(proxyBeanMethods = false)
class OrgUnitChangedConsumer {

  private static final Logger log = LoggerFactory.getLogger(OrgUnitChangedConsumer.class);

  /**
   * Writes the copy, then — when this event is the unit's newest state, also on a redelivery, so a
   * crash in between loses nothing — tells the listeners (totals follow moves and closures).
   */
  @Bean
  Consumer<Message<OrgUnitChanged>> orgUnitChanged(
      UnitCopies units, List<UnitChangeListener> listeners) {
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
                            event.eventId()))
                .then(units.find(event.unitId()))
                .filter(copy -> event.eventId() != null && event.eventId().equals(copy.eventId()))
                .flatMapMany(
                    copy -> Flux.fromIterable(listeners).concatMap(l -> l.onUnitChanged(event)))
                .then(Mono.just(true)));
  }
}
