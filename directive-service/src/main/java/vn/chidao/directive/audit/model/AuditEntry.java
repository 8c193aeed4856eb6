package vn.chidao.directive.audit.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One state change of a directive, as it happened: what, to which unit, who did it, when and from
 * where. Entries are only ever appended.
 *
 * @param action e.g. {@code ISSUED}, {@code READ}, {@code ACKNOWLEDGED}, {@code FORWARDED}, {@code
 *     RECALLED}, {@code DELIVERED}
 * @param unitId the receiving unit concerned, or null for the directive as a whole
 * @param actor username, or {@code system} for the service's own jobs
 * @param ip the client address as the service saw it (first {@code X-Forwarded-For} hop behind the
 *     gateway), null for jobs
 * @param requestId the request's {@code X-Request-Id}, null for jobs
 */
public record AuditEntry(
    String id,
    String directiveId,
    String action,
    String unitId,
    String actor,
    String actorUnitId,
    Instant at,
    String ip,
    String requestId,
    String detail) {

  public static final String SYSTEM = "system";

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(directiveId, "directiveId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
