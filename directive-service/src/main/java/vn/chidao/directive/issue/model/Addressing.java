package vn.chidao.directive.issue.model;

import java.util.List;

/** The outcome of checking whom a caller wants to address: allowed, or refused with a reason. */
public sealed interface Addressing {

  /** The caller may address these recipients (distinct, in the order asked) from their unit. */
  record Allowed(Unit issuerUnit, List<Unit> recipients) implements Addressing {
    public Allowed {
      recipients = List.copyOf(recipients);
    }
  }

  /**
   * The caller may not; {@code unitIds} are the units the refusal is about, to show to the user.
   */
  record Refused(Refusal reason, List<String> unitIds) implements Addressing {
    public Refused {
      unitIds = List.copyOf(unitIds);
    }
  }
}
