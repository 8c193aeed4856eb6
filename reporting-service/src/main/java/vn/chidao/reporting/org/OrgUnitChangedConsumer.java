package vn.chidao.reporting.org;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.reporting.messaging.AcknowledgedConsumer;

/** Binding {@code orgUnitChanged-in-0}: keeps the {@code units} read copy current. */
@Configuration(proxyBeanMethods = false)
class OrgUnitChangedConsumer {

  private static final Logger log = LoggerFactory.getLogger(OrgUnitChangedConsumer.class);

  @Bean
  Function<Flux<Message<byte[]>>, Mono<Void>> orgUnitChanged(UnitCopies units, JsonMapper json) {
    return AcknowledgedConsumer.of(
        OrgUnitChanged.class,
        json,
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
