package vn.chidao.notification.people;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.MembershipChanged;
import vn.chidao.platform.messaging.AcknowledgingConsumer;
import vn.chidao.platform.messaging.UnusableEvent;

/** Binding {@code membershipChanged-in-0}: keeps the people read copy up to date. */
@Configuration(proxyBeanMethods = false)
class MembershipBinding {

  @Bean
  Consumer<Message<MembershipChanged>> membershipChanged(MemberDirectory directory) {
    return AcknowledgingConsumer.of(
        "membershipChanged",
        MembershipChanged.class,
        event -> Mono.defer(() -> directory.apply(usable(event))));
  }

  private static MembershipChanged usable(MembershipChanged event) {
    if (event == null
        || event.username() == null
        || event.unitId() == null
        || event.occurredAt() == null) {
      throw new UnusableEvent("MembershipChanged without username, unitId or occurredAt");
    }
    return event;
  }
}
