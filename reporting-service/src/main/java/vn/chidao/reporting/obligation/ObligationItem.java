package vn.chidao.reporting.obligation;

import java.time.LocalDate;

/** One obligation as the API shows it to its unit. */
public record ObligationItem(
    String id, String directiveId, String period, LocalDate dueDate, String status) {

  static ObligationItem of(ObligationDocument stored) {
    return new ObligationItem(
        stored.id(), stored.directiveId(), stored.period(), stored.dueDate(), stored.status());
  }
}
