package vn.chidao.reporting.obligation.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report's section texts and indicator values, checked against the requirement's template. Values
 * arrive as JSON gives them (numbers, booleans, strings); only the right type in the right range is
 * accepted. YES_NO is kept as 1 (yes) or 0 (no) so it can be summed and compared.
 */
public record ReportContent(Map<String, String> sections, Map<String, BigDecimal> values) {

  public static final int MAX_SECTION_LENGTH = 100_000;

  public ReportContent {
    sections = sections == null ? Map.of() : Map.copyOf(sections);
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  public static final ReportContent EMPTY = new ReportContent(Map.of(), Map.of());

  /**
   * Reads and checks raw input.
   *
   * @param complete true on submission: every indicator needs a value
   * @return the content, or the first refusal
   */
  public static Result read(
      Map<String, String> sections,
      Map<String, Object> values,
      List<String> sectionCodes,
      List<IndicatorSpec> indicators,
      boolean complete) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, String> section :
        (sections == null ? Map.<String, String>of() : sections).entrySet()) {
      if (!sectionCodes.contains(section.getKey())) {
        return refused(
            "unknown-section",
            "sections." + section.getKey(),
            "Mẫu báo cáo không có mục \"" + section.getKey() + "\".");
      }
      String text = section.getValue() == null ? "" : section.getValue();
      if (text.length() > MAX_SECTION_LENGTH) {
        return refused(
            "section-too-long",
            "sections." + section.getKey(),
            "Mục \"" + section.getKey() + "\" dài quá " + MAX_SECTION_LENGTH + " ký tự.");
      }
      texts.put(section.getKey(), text);
    }
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    Map<String, Object> raw = values == null ? Map.of() : values;
    for (String code : raw.keySet()) {
      if (indicators.stream().noneMatch(i -> i.code().equals(code))) {
        return refused(
            "unknown-indicator",
            "values." + code,
            "Mẫu báo cáo không có chỉ tiêu \"" + code + "\".");
      }
    }
    for (IndicatorSpec indicator : indicators) {
      Object value = raw.get(indicator.code());
      if (value == null) {
        if (complete) {
          return refused(
              "missing-value",
              "values." + indicator.code(),
              "Chưa nhập chỉ tiêu \""
                  + indicator.name()
                  + "\"; cần nhập đủ các chỉ tiêu trước khi gửi.");
        }
        continue;
      }
      Optional<String> problem = problemWith(indicator, value);
      if (problem.isPresent()) {
        return refused("invalid-value", "values." + indicator.code(), problem.get());
      }
      figures.put(indicator.code(), normalised(indicator, value));
    }
    return new Result(new ReportContent(texts, figures), null);
  }

  /** The refusal for the first indicator without a value, if any. */
  public Optional<Refusal> missingValue(List<IndicatorSpec> indicators) {
    return indicators.stream()
        .filter(indicator -> !values.containsKey(indicator.code()))
        .findFirst()
        .map(
            indicator ->
                Refusal.invalid(
                    "missing-value",
                    "values." + indicator.code(),
                    "Chưa nhập chỉ tiêu \""
                        + indicator.name()
                        + "\"; cần nhập đủ các chỉ tiêu trước khi gửi."));
  }

  private static Optional<String> problemWith(IndicatorSpec indicator, Object value) {
    String name = "Chỉ tiêu \"" + indicator.name() + "\"";
    if (indicator.type().equals("YES_NO")) {
      return value instanceof Boolean
          ? Optional.empty()
          : Optional.of(name + " chỉ nhận giá trị có (true) hoặc không (false).");
    }
    if (!(value instanceof Number number)) {
      return Optional.of(name + " phải là một số.");
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (decimal.signum() < 0) {
      return Optional.of(name + " không được âm.");
    }
    return switch (indicator.type()) {
      case "COUNT" ->
          decimal.stripTrailingZeros().scale() > 0
              ? Optional.of(name + " phải là số nguyên.")
              : Optional.empty();
      case "PERCENT" ->
          decimal.compareTo(BigDecimal.valueOf(100)) > 0
              ? Optional.of(name + " là tỷ lệ phần trăm, không được lớn hơn 100.")
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static BigDecimal normalised(IndicatorSpec indicator, Object value) {
    if (value instanceof Boolean yes) {
      return yes ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    return new BigDecimal(value.toString()).stripTrailingZeros();
  }

  private static Result refused(String slug, String field, String detail) {
    return new Result(null, Refusal.invalid(slug, field, detail));
  }

  /** Either the content or why it was refused. */
  public record Result(ReportContent content, Refusal refusal) {
    public boolean ok() {
      return refusal == null;
    }
  }
}
