package vn.chidao.reporting.consolidation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.RequirementDocument;
import vn.chidao.reporting.submission.SubmittingReports;
import vn.chidao.reporting.tally.SubtreeFigures;
import vn.chidao.reporting.tally.model.Totals;

/**
 * Builds an upper unit's own report from its subordinates': figures from the running totals of its
 * subtree, section texts from the standing submissions below it (at most {@value #MAX_PARTS}, in
 * tree order), grouped by section. It can be saved as the unit's draft, to edit and submit upward.
 */
@Service
public class Consolidating {

  static final int MAX_PARTS = 500;

  private final ReactiveMongoTemplate mongo;
  private final SubtreeFigures figures;
  private final SubmittingReports submitting;

  Consolidating(ReactiveMongoTemplate mongo, SubtreeFigures figures, SubmittingReports submitting) {
    this.mongo = mongo;
    this.figures = figures;
    this.submitting = submitting;
  }

  public Mono<ConsolidatedDraft> draft(
      ChidaoUser user, String unitId, SubtreeFigures.PeriodKey period) {
    String unit = unitId == null ? user.unitId() : unitId;
    Mono<RequirementDocument> requirement =
        mongo.findById(
            RequirementDocument.id(period.directiveId(), period.requirementId()),
            RequirementDocument.class);
    Mono<List<ObligationDocument>> below =
        mongo
            .find(
                query(
                        where("directiveId")
                            .is(period.directiveId())
                            .and("requirementId")
                            .is(period.requirementId())
                            .and("periodKey")
                            .is(period.periodKey())
                            .and("ancestors")
                            .is(unit)
                            .and("state")
                            .in("SUBMITTED", "ACCEPTED"))
                    .with(Sort.by("unitPath"))
                    .limit(MAX_PARTS),
                ObligationDocument.class)
            .collectList();
    return figures
        .below(user, unit, period)
        .zipWith(requirement)
        .zipWith(below)
        .map(
            found -> {
              List<Totals.IndicatorFigure> rolled = found.getT1().getT1();
              RequirementDocument template = found.getT1().getT2();
              List<ConsolidatedDraft.Section> sections = new ArrayList<>();
              for (RequirementDocument.Section section : template.sections()) {
                List<ConsolidatedDraft.Part> parts = new ArrayList<>();
                for (ObligationDocument o : found.getT2()) {
                  String text =
                      o.submittedSections() == null
                          ? null
                          : o.submittedSections().get(section.code());
                  if (text != null && !text.isBlank()) {
                    parts.add(new ConsolidatedDraft.Part(o.unitId(), o.unitName(), text));
                  }
                }
                sections.add(new ConsolidatedDraft.Section(section.code(), section.title(), parts));
              }
              return new ConsolidatedDraft(
                  unit, period.periodKey(), rolled, values(template, rolled), sections);
            });
  }

  /** Saves the consolidation as the unit's own draft for the period (its own obligation). */
  public Mono<ObligationDocument> saveAsDraft(ChidaoUser user, SubtreeFigures.PeriodKey period) {
    return draft(user, user.unitId(), period)
        .flatMap(
            draft ->
                submitting.saveDraft(
                    user,
                    ObligationDocument.id(
                        period.directiveId(),
                        period.requirementId(),
                        period.periodKey(),
                        user.unitId()),
                    draft.sectionTexts(),
                    draft.values()));
  }

  /** Rolled-up figures as values of the indicator's own type. */
  static Map<String, Object> values(
      RequirementDocument template, List<Totals.IndicatorFigure> rolled) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < rolled.size(); i++) {
      Totals.IndicatorFigure figure = rolled.get(i);
      String type = template.indicators().get(i).type();
      if (figure.value() == null) {
        continue;
      }
      switch (type == null ? "COUNT" : type) {
        case "YES_NO" ->
            values.put(
                figure.code(),
                figure.meetsTarget() != null
                    ? figure.meetsTarget()
                    : figure.value().compareTo(BigDecimal.valueOf(0.5)) >= 0);
        case "COUNT" -> values.put(figure.code(), figure.value().setScale(0, RoundingMode.HALF_UP));
        case "PERCENT" -> values.put(figure.code(), figure.value().min(BigDecimal.valueOf(100)));
        default -> values.put(figure.code(), figure.value());
      }
    }
    return values;
  }
}
