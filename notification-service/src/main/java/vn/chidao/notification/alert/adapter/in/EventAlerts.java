package vn.chidao.notification.alert.adapter.in;

import java.util.List;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.directive.DirectiveRecalled;
import vn.chidao.contracts.report.ObligationsOpened;
import vn.chidao.contracts.report.ReportAccepted;
import vn.chidao.contracts.report.ReportDueSoon;
import vn.chidao.contracts.report.ReportOverdue;
import vn.chidao.contracts.report.ReportPeriodRef;
import vn.chidao.contracts.report.ReportReturned;
import vn.chidao.contracts.report.ReportSubmitted;
import vn.chidao.notification.alert.model.Alert;
import vn.chidao.notification.alert.model.AlertWording;
import vn.chidao.notification.alert.model.IssuedDirective;
import vn.chidao.notification.alert.model.Urgency;
import vn.chidao.platform.messaging.UnusableEvent;

/**
 * Events in, alerts out. An event that cannot be alerted about (no id, no units, no period) is
 * {@link UnusableEvent}: it goes to the dead-letter queue with the reason instead of being retried.
 */
public final class EventAlerts {

  private EventAlerts() {}

  public static Alert of(DirectiveDelivered e) {
    return convert(
        e,
        "DirectiveDelivered",
        () ->
            AlertWording.newDirective(
                directive(
                    e.eventId(),
                    e.tenant(),
                    e.directiveId(),
                    e.docType(),
                    e.symbol(),
                    e.subject(),
                    e.issuerUnitName(),
                    e.urgency(),
                    e.unitIds()),
                e.issuerUnitId()));
  }

  public static Alert of(DirectiveRecalled e) {
    return convert(
        e,
        "DirectiveRecalled",
        () -> {
          boolean superseded = "SUPERSEDED".equalsIgnoreCase(e.mode());
          if (!superseded && !"RECALLED".equalsIgnoreCase(e.mode())) {
            throw new IllegalArgumentException("mode must be RECALLED or SUPERSEDED: " + e.mode());
          }
          return AlertWording.withdrawn(
              directive(
                  e.eventId(),
                  e.tenant(),
                  e.directiveId(),
                  e.docType(),
                  e.symbol(),
                  e.subject(),
                  e.issuerUnitName(),
                  e.urgency(),
                  e.unitIds()),
              e.issuerUnitId(),
              superseded,
              e.reason(),
              e.replacedByDirectiveId(),
              e.replacedBySymbol());
        });
  }

  public static Alert of(ObligationsOpened e) {
    return convert(
        e,
        "ObligationsOpened",
        () ->
            AlertWording.obligationsOpened(
                id(e.eventId()), e.tenant(), ref(e.period()), units(e.unitIds())));
  }

  public static Alert of(ReportDueSoon e) {
    return convert(
        e,
        "ReportDueSoon",
        () ->
            AlertWording.dueSoon(id(e.eventId()), e.tenant(), ref(e.period()), units(e.unitIds())));
  }

  public static Alert of(ReportOverdue e) {
    return convert(
        e,
        "ReportOverdue",
        () ->
            AlertWording.overdue(id(e.eventId()), e.tenant(), ref(e.period()), units(e.unitIds())));
  }

  public static Alert of(ReportSubmitted e) {
    return convert(
        e,
        "ReportSubmitted",
        () -> {
          ReportPeriodRef p = e.period();
          if (p == null || p.reportToUnitId() == null) {
            throw new IllegalArgumentException("period.reportToUnitId is required");
          }
          return AlertWording.submitted(
              id(e.eventId()), e.tenant(), ref(p), e.unitName(), e.late());
        });
  }

  public static Alert of(ReportReturned e) {
    return convert(
        e,
        "ReportReturned",
        () ->
            AlertWording.returned(
                id(e.eventId()), e.tenant(), ref(e.period()), unit(e.unitId()), e.comment()));
  }

  public static Alert of(ReportAccepted e) {
    return convert(
        e,
        "ReportAccepted",
        () ->
            AlertWording.accepted(id(e.eventId()), e.tenant(), ref(e.period()), unit(e.unitId())));
  }

  private static IssuedDirective directive(
      String eventId,
      String tenant,
      String directiveId,
      String docType,
      String symbol,
      String subject,
      String issuerUnitName,
      String urgency,
      List<String> unitIds) {
    return new IssuedDirective(
        eventId,
        tenant,
        directiveId,
        docType,
        symbol,
        subject,
        issuerUnitName,
        Urgency.fromCode(urgency),
        units(unitIds));
  }

  private static AlertWording.ReportRef ref(ReportPeriodRef p) {
    if (p == null) {
      throw new IllegalArgumentException("period is required");
    }
    return new AlertWording.ReportRef(
        p.directiveId(),
        p.directiveSymbol(),
        p.requirementTitle(),
        p.periodLabel(),
        p.dueAt(),
        p.reportToUnitId(),
        p.viaUnitId());
  }

  private static String id(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("eventId is required");
    }
    return eventId;
  }

  private static String unit(String unitId) {
    if (unitId == null || unitId.isBlank()) {
      throw new IllegalArgumentException("unitId is required");
    }
    return unitId;
  }

  private static List<String> units(List<String> unitIds) {
    if (unitIds == null || unitIds.isEmpty()) {
      throw new IllegalArgumentException("unitIds must not be empty");
    }
    return unitIds;
  }

  private static Alert convert(Object event, String type, java.util.function.Supplier<Alert> make) {
    if (event == null) {
      throw new UnusableEvent("empty " + type);
    }
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new UnusableEvent(type + " cannot be alerted about: " + e.getMessage(), e);
    }
  }
}
