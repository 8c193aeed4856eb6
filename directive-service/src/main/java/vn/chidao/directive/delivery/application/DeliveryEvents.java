package vn.chidao.directive.delivery.application;

import reactor.core.publisher.Mono;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;

/** Batch events; each completes once the broker confirmed it and fails otherwise. */
public interface DeliveryEvents {

  Mono<Void> publishDelivered(DirectiveDelivered event);

  Mono<Void> publishRecalled(DirectiveRecalled event);
}
