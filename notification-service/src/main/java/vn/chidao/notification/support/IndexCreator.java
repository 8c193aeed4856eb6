package vn.chidao.notification.support;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Creates every store's indexes while the application starts, before the message bindings start:
 * the unique indexes are what makes a redelivered event a no-op, so consuming without them could
 * send an e-mail twice. Waiting here is deliberate (start-up, not a request or a consumer).
 */
@Component
class IndexCreator implements InitializingBean {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final List<HasIndexes> stores;

  IndexCreator(List<HasIndexes> stores) {
    this.stores = stores;
  }

  @Override
  public void afterPropertiesSet() {
    Flux.fromIterable(stores).concatMap(HasIndexes::createIndexes).then().block(TIMEOUT);
  }
}
