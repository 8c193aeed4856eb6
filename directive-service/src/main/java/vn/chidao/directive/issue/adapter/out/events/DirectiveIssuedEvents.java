package vn.chidao.directive.issue.adapter.out.events;

import java.time.LocalDate;
import java.util.List;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.contracts.report.DueRule;
import vn.chidao.contracts.report.ReportIndicator;
import vn.chidao.contracts.report.ReportSection;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.ReportingDemand;

/** Event payloads for an issued directive: what consumers need, never the stored directive. */
public final class DirectiveIssuedEvents {

  private DirectiveIssuedEvents() {}

  static DirectiveIssued of(Directive directive) {
    return new DirectiveIssued(
        directive.issuedEventId(),
        directive.issuedAt(),
        directive.tenant(),
        directive.id(),
        directive.content().docType().code(),
        directive.symbol(),
        directive.content().subject(),
        directive.issuerUnitId(),
        directive.issuerUnitName(),
        directive.content().urgency().name(),
        directive.recipientUnitIds(),
        directive.issuedBy(),
        reporting(directive.details().reporting()));
  }

  /** The reporting demands in the shared contract's shape. */
  public static List<ReportingRequirement> reporting(List<ReportingDemand> demands) {
    return demands.stream().map(DirectiveIssuedEvents::requirement).toList();
  }

  private static ReportingRequirement requirement(ReportingDemand demand) {
    ReportingDemand.Due due = demand.due();
    LocalDate date = due.date();
    return new ReportingRequirement(
        demand.requirementId(),
        demand.title(),
        demand.frequency(),
        demand.cutoffDay(),
        new DueRule(
            due.kind(), due.day(), due.monthsAfterCutoff(), due.days(), due.workingDays(), date),
        demand.oneOffFrom(),
        demand.oneOffTo(),
        demand.until(),
        demand.reportToUnitId(),
        demand.viaUnitId(),
        demand.reporterKinds(),
        demand.sections().stream()
            .map(section -> new ReportSection(section.code(), section.title()))
            .toList(),
        demand.indicators().stream()
            .map(
                indicator ->
                    new ReportIndicator(
                        indicator.code(),
                        indicator.name(),
                        indicator.unitOfMeasure(),
                        indicator.type(),
                        indicator.aggregation(),
                        indicator.targetOperator(),
                        indicator.targetValue()))
            .toList());
  }
}
