package vn.chidao.directive.issue.application;

import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Directive;

/** The event stream other services listen to. */
public interface DirectiveEvents {

  /**
   * Publishes {@code DirectiveIssued} for the directive; completes only once the broker has taken
   * responsibility for the message, and fails otherwise (the outbox then tries again).
   */
  Mono<Void> publishIssued(Directive directive);
}
