package vn.chidao.notification.push.application;

import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.push.model.PushTarget;

/** Browsers' push subscriptions, each owned by one user. */
public interface PushSubscriptions {

  /** Every subscription of these users. */
  Flux<PushTarget> of(Collection<String> usernames);

  /** Forgets a subscription the push service declared gone. */
  Mono<Void> remove(String subscriptionId);
}
