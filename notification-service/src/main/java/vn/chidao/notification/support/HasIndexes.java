package vn.chidao.notification.support;

import reactor.core.publisher.Mono;

/** A store whose indexes must exist before the first event is consumed. */
public interface HasIndexes {

  Mono<Void> createIndexes();
}
