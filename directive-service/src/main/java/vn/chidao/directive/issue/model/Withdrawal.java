package vn.chidao.directive.issue.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and when a directive stopped being in force.
 *
 * @param status {@link DirectiveStatus#RECALLED} or {@link DirectiveStatus#SUPERSEDED}
 * @param reason the issuer's reason (recall); may be null for a supersession
 * @param replacedById the superseding directive, or null
 */
public record Withdrawal(
    DirectiveStatus status,
    String reason,
    Instant at,
    String by,
    String replacedById,
    String replacedBySymbol) {

  public Withdrawal {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    if (status == DirectiveStatus.ISSUED) {
      throw new IllegalArgumentException("a withdrawal ends the issued state");
    }
  }

  /** The mode name of the {@code DirectiveRecalled} event. */
  public String mode() {
    return status.name();
  }
}
