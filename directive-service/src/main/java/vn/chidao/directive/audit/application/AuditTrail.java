package vn.chidao.directive.audit.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.model.AuditEntry;
import vn.chidao.directive.audit.model.RequestOrigin;
import vn.chidao.directive.issue.model.Caller;

/**
 * Records state changes. The request's origin (address and request id) comes from the Reactor
 * context, where the web layer put it, so use cases do not carry it around.
 */
@Service
public class AuditTrail {

  private final AuditLog log;
  private final Clock clock;

  public AuditTrail(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** A change made by a user in a request. */
  public Mono<Void> record(
      String directiveId, String action, String unitId, Caller caller, String detail) {
    return Mono.deferContextual(
        context -> {
          RequestOrigin origin =
              context.getOrDefault(RequestOrigin.CONTEXT_KEY, new RequestOrigin(null, null));
          return log.append(
              new AuditEntry(
                  UUID.randomUUID().toString(),
                  directiveId,
                  action,
                  unitId,
                  caller.username() == null ? AuditEntry.SYSTEM : caller.username(),
                  caller.unitId(),
                  clock.instant().truncatedTo(ChronoUnit.MILLIS),
                  origin.ip(),
                  origin.requestId(),
                  detail));
        });
  }

  /** A change made by the service's own jobs (delivery finished, recall announced). */
  public Mono<Void> system(String directiveId, String action, String detail) {
    return log.append(
        new AuditEntry(
            UUID.randomUUID().toString(),
            directiveId,
            action,
            null,
            AuditEntry.SYSTEM,
            null,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            null,
            null,
            detail));
  }
}
