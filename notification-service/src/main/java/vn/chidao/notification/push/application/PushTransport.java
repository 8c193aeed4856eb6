package vn.chidao.notification.push.application;

import reactor.core.publisher.Mono;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushOutcome;

/** Encrypts a push for its browser and hands it to the browser's push service. */
public interface PushTransport {

  /** Never blocks the caller; a failure is an outcome, never an error signal. */
  Mono<PushOutcome> send(PushDelivery delivery);
}
