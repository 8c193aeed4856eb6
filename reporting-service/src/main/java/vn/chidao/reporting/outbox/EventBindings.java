package vn.chidao.reporting.outbox;

import java.util.Map;
import vn.chidao.contracts.report.ObligationsOpened;
import vn.chidao.contracts.report.ReportAccepted;
import vn.chidao.contracts.report.ReportDueSoon;
import vn.chidao.contracts.report.ReportOverdue;
import vn.chidao.contracts.report.ReportReturned;
import vn.chidao.contracts.report.ReportSubmitted;

/** The output binding of each event reporting-service produces (see application.yml). */
final class EventBindings {

  private static final Map<Class<?>, String> BINDINGS =
      Map.of(
          ObligationsOpened.class, "obligationsOpened-out-0",
          ReportDueSoon.class, "reportDueSoon-out-0",
          ReportOverdue.class, "reportOverdue-out-0",
          ReportSubmitted.class, "reportSubmitted-out-0",
          ReportReturned.class, "reportReturned-out-0",
          ReportAccepted.class, "reportAccepted-out-0");

  private EventBindings() {}

  static String of(Object event) {
    String binding = BINDINGS.get(event.getClass());
    if (binding == null) {
      throw new IllegalArgumentException("no binding for " + event.getClass().getName());
    }
    return binding;
  }
}
