package vn.chidao.directive.audit.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.model.AuditEntry;

/** The append-only store of audit entries: there is no update and no delete. */
public interface AuditLog {

  Mono<Void> append(AuditEntry entry);

  /** One directive's entries, oldest first. */
  Flux<AuditEntry> of(String directiveId, int page, int size);

  Mono<Long> count(String directiveId);
}
