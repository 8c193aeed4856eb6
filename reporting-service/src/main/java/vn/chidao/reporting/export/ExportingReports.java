package vn.chidao.reporting.export;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.consolidation.ConsolidatedDraft;
import vn.chidao.reporting.consolidation.Consolidating;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.RequirementDocument;
import vn.chidao.reporting.org.UnitCopies;
import vn.chidao.reporting.org.UnitCopy;
import vn.chidao.reporting.period.model.VietnamTime;
import vn.chidao.reporting.tally.SubtreeFigures;

/**
 * Gathers what an export shows, through the same reads (and so the same access rules) as the JSON
 * endpoints: {@link SubtreeFigures} for figures and drill-down, {@link Consolidating} for the
 * consolidated report.
 */
@Service
public class ExportingReports {

  /** Children per drill-down page read; a province has at most a few hundred. */
  static final int PAGE = 200;

  private final SubtreeFigures figures;
  private final Consolidating consolidating;
  private final UnitCopies units;
  private final ReactiveMongoTemplate mongo;
  private final Clock clock;

  ExportingReports(
      SubtreeFigures figures,
      Consolidating consolidating,
      UnitCopies units,
      ReactiveMongoTemplate mongo,
      Clock clock) {
    this.figures = figures;
    this.consolidating = consolidating;
    this.units = units;
    this.mongo = mongo;
    this.clock = clock;
  }

  public Mono<FiguresExport> figures(
      ChidaoUser user, String unitId, SubtreeFigures.PeriodKey period) {
    return figures
        .of(user, unitId, period)
        .flatMap(
            subtree ->
                Mono.zip(
                        allChildren(user, subtree.unitId(), period),
                        requirement(period),
                        periodLabel(subtree.unitId(), period))
                    .map(
                        found ->
                            new FiguresExport(
                                found.getT2().title(),
                                found.getT2().directiveSymbol(),
                                period.periodKey(),
                                found.getT3(),
                                subtree,
                                found.getT1())));
  }

  /** The consolidated report of the unit, worded as an official report. */
  public Mono<OfficialReport> consolidation(
      ChidaoUser user, String unitId, SubtreeFigures.PeriodKey period) {
    return consolidating
        .draft(user, unitId, period)
        .flatMap(
            draft ->
                Mono.zip(
                        units.find(draft.unitId()),
                        requirement(period),
                        own(draft.unitId(), period),
                        periodLabel(draft.unitId(), period))
                    .flatMap(
                        found ->
                            facts(
                                draft, found.getT1(), found.getT2(), found.getT3(), found.getT4())))
        .map(OfficialReport::of);
  }

  private Mono<OfficialReport.Facts> facts(
      ConsolidatedDraft draft,
      UnitCopy unit,
      RequirementDocument requirement,
      Optional<ObligationDocument> own,
      String periodLabel) {
    String reportTo =
        own.map(ObligationDocument::reportToUnitId).orElse(requirement.reportToUnitId());
    String via = own.map(ObligationDocument::viaUnitId).orElse(requirement.viaUnitId());
    return Mono.zip(
            name(unit.parentId()),
            name(unit.tenant()),
            name(reportTo),
            name(via),
            parentIsCentre(unit))
        .map(
            names ->
                new OfficialReport.Facts(
                    unit.name(),
                    unit.issuerAbbr(),
                    names.getT1().orElse(null),
                    names.getT5(),
                    names.getT2().orElse(null),
                    null,
                    requirement.title(),
                    periodLabel,
                    requirement.directiveSymbol(),
                    requirement.directiveSubject(),
                    requirement.issuerUnitName(),
                    sectionTexts(draft, requirement, own.orElse(null)),
                    draft.figures(),
                    names.getT3().orElse(null),
                    names.getT4().orElse(null),
                    VietnamTime.dayOf(clock.instant())));
  }

  /**
   * What each section says: the unit's standing report if it has one, else its draft, else what its
   * subordinates wrote there (each part headed by its unit, as the consolidated draft has it).
   */
  static List<OfficialReport.SectionText> sectionTexts(
      ConsolidatedDraft draft, RequirementDocument requirement, ObligationDocument own) {
    boolean standing =
        own != null && ("SUBMITTED".equals(own.state()) || "ACCEPTED".equals(own.state()));
    Map<String, String> consolidated = draft.sectionTexts();
    List<OfficialReport.SectionText> texts = new ArrayList<>();
    for (RequirementDocument.Section section : requirement.sections()) {
      String text = null;
      if (standing && own.submittedSections() != null) {
        text = own.submittedSections().get(section.code());
      } else if (own != null && own.draftSections() != null) {
        text = own.draftSections().get(section.code());
      }
      if (text == null || text.isBlank()) {
        text = consolidated.get(section.code());
      }
      texts.add(new OfficialReport.SectionText(section.title(), text));
    }
    return texts;
  }

  private Mono<List<SubtreeFigures.UnitFigures>> allChildren(
      ChidaoUser user, String unitId, SubtreeFigures.PeriodKey period) {
    return figures
        .children(user, unitId, period, 0, PAGE)
        .expand(
            page ->
                (long) (page.page() + 1) * page.size() < page.total()
                    ? figures.children(user, unitId, period, page.page() + 1, PAGE)
                    : Mono.empty())
        .concatMapIterable(SubtreeFigures.Children::items)
        .collectList();
  }

  private Mono<RequirementDocument> requirement(SubtreeFigures.PeriodKey period) {
    return mongo.findById(
        RequirementDocument.id(period.directiveId(), period.requirementId()),
        RequirementDocument.class);
  }

  private Mono<Optional<ObligationDocument>> own(String unitId, SubtreeFigures.PeriodKey period) {
    return mongo
        .findById(
            ObligationDocument.id(
                period.directiveId(), period.requirementId(), period.periodKey(), unitId),
            ObligationDocument.class)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  /**
   * The period's Vietnamese label as obligations carry it (the unit's own, else any of the period);
   * the key itself when no obligation of that period exists.
   */
  private Mono<String> periodLabel(String unitId, SubtreeFigures.PeriodKey period) {
    return own(unitId, period)
        .flatMap(
            own ->
                own.isPresent()
                    ? Mono.just(own.get())
                    : mongo.findOne(
                        query(
                            where("directiveId")
                                .is(period.directiveId())
                                .and("requirementId")
                                .is(period.requirementId())
                                .and("periodKey")
                                .is(period.periodKey())),
                        ObligationDocument.class))
        .map(ObligationDocument::periodLabel)
        .defaultIfEmpty(period.periodKey());
  }

  private Mono<Optional<String>> name(String unitId) {
    return unitId == null
        ? Mono.just(Optional.empty())
        : units
            .find(unitId)
            .map(u -> Optional.ofNullable(u.name()))
            .defaultIfEmpty(Optional.empty());
  }

  /** A province's committee has no party superior to name in its header (the centre is above). */
  private Mono<Boolean> parentIsCentre(UnitCopy unit) {
    return Mono.just(unit.parentId() == null || unit.unitId().equals(unit.tenant()));
  }
}
