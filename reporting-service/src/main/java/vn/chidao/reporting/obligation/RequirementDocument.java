package vn.chidao.reporting.obligation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.reporting.obligation.model.IndicatorSpec;
import vn.chidao.reporting.period.PeriodRules;
import vn.chidao.reporting.period.model.PeriodRule;

/**
 * A directive's reporting requirement as reporting-service keeps it: the template reports are
 * checked against, and how far periods have been opened ({@code openedThrough}) so that the
 * roll-over knows what comes next.
 *
 * @param id {@code directiveId~requirementId}
 * @param openedThroughTo cut-off of the latest period opened for the registered reporters
 * @param recalled true once the directive was recalled: no more periods are opened
 */
@Document(RequirementDocument.COLLECTION)
public record RequirementDocument(
    @Id String id,
    String tenant,
    String directiveId,
    String directiveSymbol,
    String directiveSubject,
    String issuerUnitId,
    String issuerUnitName,
    String requirementId,
    String title,
    String frequency,
    Integer cutoffDay,
    String dueKind,
    Integer dueDay,
    Integer dueMonthsAfterCutoff,
    Integer dueDays,
    Boolean dueWorkingDays,
    LocalDate dueDate,
    LocalDate oneOffFrom,
    LocalDate oneOffTo,
    LocalDate until,
    String reportToUnitId,
    String viaUnitId,
    List<String> reporterKinds,
    List<Section> sections,
    List<Indicator> indicators,
    LocalDate openedThroughTo,
    boolean recalled,
    Instant createdAt) {

  public static final String COLLECTION = "requirements";

  public record Section(String code, String title) {}

  public record Indicator(
      String code,
      String name,
      String unitOfMeasure,
      String type,
      String aggregation,
      String targetOperator,
      BigDecimal targetValue) {}

  public static String id(String directiveId, String requirementId) {
    return directiveId + "~" + requirementId;
  }

  static RequirementDocument of(DirectiveDelivered d, ReportingRequirement r, Instant now) {
    var due = r.due();
    return new RequirementDocument(
        id(d.directiveId(), r.requirementId()),
        d.tenant(),
        d.directiveId(),
        d.symbol(),
        d.subject(),
        d.issuerUnitId(),
        d.issuerUnitName(),
        r.requirementId(),
        r.title(),
        r.frequency(),
        r.cutoffDay(),
        due == null ? null : due.kind(),
        due == null ? null : due.day(),
        due == null ? null : due.monthsAfterCutoff(),
        due == null ? null : due.days(),
        due == null ? null : due.workingDays(),
        due == null ? null : due.date(),
        r.oneOffFrom(),
        r.oneOffTo(),
        r.until(),
        r.reportToUnitId(),
        r.viaUnitId(),
        r.reporterKinds(),
        r.sections().stream().map(s -> new Section(s.code(), s.title())).toList(),
        r.indicators().stream()
            .map(
                i ->
                    new Indicator(
                        i.code(),
                        i.name(),
                        i.unitOfMeasure(),
                        i.type(),
                        i.aggregation(),
                        i.targetOperator(),
                        i.targetValue()))
            .toList(),
        null,
        false,
        now);
  }

  /** The contract's shape again, to compute periods with the same rules as at delivery. */
  public ReportingRequirement asRequirement() {
    var due =
        dueKind == null
            ? null
            : new vn.chidao.contracts.report.DueRule(
                dueKind, dueDay, dueMonthsAfterCutoff, dueDays, dueWorkingDays, dueDate);
    return new ReportingRequirement(
        requirementId,
        title,
        frequency,
        cutoffDay,
        due,
        oneOffFrom,
        oneOffTo,
        until,
        reportToUnitId,
        viaUnitId,
        reporterKinds,
        null,
        null);
  }

  public PeriodRule periodRule() {
    return PeriodRules.of(asRequirement());
  }

  public List<IndicatorSpec> indicatorSpecs() {
    return indicators == null
        ? List.of()
        : indicators.stream()
            .map(
                i ->
                    new IndicatorSpec(
                        i.code(),
                        i.name(),
                        i.unitOfMeasure(),
                        i.type(),
                        i.aggregation(),
                        i.targetOperator(),
                        i.targetValue()))
            .toList();
  }

  public List<String> sectionCodes() {
    return sections == null ? List.of() : sections.stream().map(Section::code).toList();
  }
}
