package vn.chidao.reporting.obligation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportContentTest {

  static final List<String> SECTIONS = List.of("I", "II");
  static final IndicatorSpec MODELS =
      new IndicatorSpec("models", "Số mô hình Dân vận khéo", "mô hình", "COUNT", "SUM", null, null);
  static final IndicatorSpec SHARE =
      new IndicatorSpec(
          "assigned",
          "Tỷ lệ cấp ủy viên phụ trách",
          "%",
          "PERCENT",
          "AVERAGE",
          "GTE",
          BigDecimal.valueOf(80));
  static final IndicatorSpec MONEY =
      new IndicatorSpec("violations", "Giá trị vi phạm", "triệu đồng", "MONEY", "SUM", null, null);
  static final IndicatorSpec ASSIGNED =
      new IndicatorSpec(
          "member",
          "Có phân công cấp ủy viên",
          null,
          "YES_NO",
          "SHARE_MEETING_TARGET",
          "EQ",
          BigDecimal.ONE);
  static final List<IndicatorSpec> ALL = List.of(MODELS, SHARE, MONEY, ASSIGNED);

  static ReportContent.Result read(Map<String, Object> values, boolean complete) {
    return ReportContent.read(Map.of("I", "Kết quả"), values, SECTIONS, ALL, complete);
  }

  static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("models", 1016);
    values.put("assigned", 85.5);
    values.put("violations", 7554);
    values.put("member", true);
    return values;
  }

  @Test
  void valuesOfTheRightTypeInRangeAreAcceptedAndNormalised() {
    ReportContent.Result result = read(valid(), true);
    assertThat(result.ok()).isTrue();
    assertThat(result.content().values())
        .containsEntry("models", new BigDecimal("1016"))
        .containsEntry("assigned", new BigDecimal("85.5"))
        .containsEntry("member", BigDecimal.ONE);
    assertThat(result.content().sections()).containsEntry("I", "Kết quả");
  }

  @Test
  void aNegativeCountIsRefused() {
    Map<String, Object> values = valid();
    values.put("models", -3);
    assertThat(read(values, true).refusal().detail())
        .isEqualTo("Chỉ tiêu \"Số mô hình Dân vận khéo\" không được âm.");
  }

  @Test
  void aFractionalCountIsRefused() {
    Map<String, Object> values = valid();
    values.put("models", 2.5);
    assertThat(read(values, true).refusal().slug()).isEqualTo("invalid-value");
  }

  @Test
  void aPercentageOver100IsRefused() {
    Map<String, Object> values = valid();
    values.put("assigned", 100.01);
    assertThat(read(values, true).refusal().detail())
        .isEqualTo(
            "Chỉ tiêu \"Tỷ lệ cấp ủy viên phụ trách\" là tỷ lệ phần trăm, không được lớn hơn 100.");
  }

  @Test
  void wrongTypesAreRefused() {
    Map<String, Object> text = valid();
    text.put("models", "nhiều");
    assertThat(read(text, true).refusal().detail()).contains("phải là một số");
    Map<String, Object> numberForYesNo = valid();
    numberForYesNo.put("member", 1);
    assertThat(read(numberForYesNo, true).refusal().detail()).contains("có (true) hoặc không");
    Map<String, Object> booleanForMoney = valid();
    booleanForMoney.put("violations", true);
    assertThat(read(booleanForMoney, true).refusal().slug()).isEqualTo("invalid-value");
  }

  @Test
  void unknownSectionsAndIndicatorsAreRefused() {
    assertThat(
            ReportContent.read(Map.of("IX", "?"), Map.of(), SECTIONS, ALL, false).refusal().slug())
        .isEqualTo("unknown-section");
    Map<String, Object> values = valid();
    values.put("khac", 1);
    assertThat(read(values, false).refusal().slug()).isEqualTo("unknown-indicator");
  }

  @Test
  void aDraftMayLackValuesButASubmissionMayNot() {
    Map<String, Object> partial = Map.of("models", 3);
    assertThat(read(partial, false).ok()).isTrue();
    assertThat(read(partial, true).refusal().slug()).isEqualTo("missing-value");
    assertThat(read(partial, false).content().missingValue(ALL)).isPresent();
    assertThat(read(valid(), false).content().missingValue(ALL)).isEmpty();
  }
}
