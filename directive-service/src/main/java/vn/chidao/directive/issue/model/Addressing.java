package vn.chidao.directive.issue.model;

import java.util.List;

/** The outcome of checking whom a caller wants to address: allowed, or refused with a reason. */
public sealed interface Addressing {

  /**
   * The caller may address these recipients (distinct units, in the order asked) from their unit;
   * {@code distribution} is the list as asked, entry by entry.
   */
  record Allowed(Unit issuerUnit, List<Unit> recipients, List<Recipient> distribution)
      implements Addressing {
    public Allowed {
      recipients = List.copyOf(recipients);
      distribution =
          distribution == null
              ? recipients.stream().map(unit -> Recipient.implement(unit.id())).toList()
              : List.copyOf(distribution);
    }

    public Allowed(Unit issuerUnit, List<Unit> recipients) {
      this(issuerUnit, recipients, null);
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
