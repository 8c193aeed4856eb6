package vn.chidao.reporting.consolidation;

import java.util.List;
import java.util.Map;
import vn.chidao.reporting.tally.model.Totals;

/**
 * An upper unit's report for a period, pre-filled: the rolled-up figures of its subtree and, for
 * each section of the template, what its subordinates wrote there.
 *
 * @param values the rolled-up figures as values of the unit's own report (ready for its draft)
 */
public record ConsolidatedDraft(
    String unitId,
    String periodKey,
    List<Totals.IndicatorFigure> figures,
    Map<String, Object> values,
    List<Section> sections) {

  public record Section(String code, String title, List<Part> parts) {}

  public record Part(String unitId, String unitName, String text) {}

  /** The sections as one text each, every part headed by its unit. */
  public Map<String, String> sectionTexts() {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (Section section : sections) {
      StringBuilder text = new StringBuilder();
      for (Part part : section.parts()) {
        text.append("- ").append(part.unitName()).append(": ").append(part.text().strip());
        text.append('\n');
      }
      texts.put(section.code(), text.toString().strip());
    }
    return texts;
  }
}
