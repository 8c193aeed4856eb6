package vn.chidao.directive.issue.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chidao.directive.issue.application.IssueDirectiveCommand;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.Secrecy;
import vn.chidao.directive.issue.model.Urgency;

/** The edge checks of an issue request and their Vietnamese messages, without Spring. */
class IssueDirectiveRequestTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidator() {
    factory.close();
  }

  private static IssueDirectiveRequest valid() {
    return new IssueDirectiveRequest(
        "CV", "Về việc báo cáo", "Nội dung", "KHAN", null, null, List.of("dn-tranbien"));
  }

  private static Map<String, String> violations(IssueDirectiveRequest request) {
    return validator.validate(request).stream()
        .collect(
            Collectors.toMap(
                v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage,
                (a, b) -> a + " | " + b));
  }

  @Test
  void a_complete_request_passes() {
    assertThat(violations(valid())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"NQ", "KL", "CT", "TT", "KH", "CTr", "CV", "HD", "QC", "QĐ", "QĐi", "TB", "BC"})
  void every_vietnamese_document_type_code_is_accepted(String code) {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest(
            code, "Trích yếu", null, null, null, null, List.of("dn-tranbien"));

    assertThat(violations(request)).isEmpty();
    assertThat(request.toCommand().content().docType()).isEqualTo(DocType.ofCode(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"QD", "qđ", "cv", "CTR", "XX", ""})
  void a_document_type_not_written_exactly_is_refused(String code) {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest(
            code, "Trích yếu", null, null, null, null, List.of("dn-tranbien"));

    assertThat(violations(request))
        .containsEntry(
            "docType",
            "Loại văn bản phải là một trong: NQ, KL, CT, TT, KH, CTr, CV, HD, QC, QĐ, QĐi, TB, BC");
  }

  @Test
  void missing_fields_are_each_named_in_vietnamese() {
    assertThat(violations(new IssueDirectiveRequest(null, null, null, null, null, null, null)))
        .containsEntry("docType", "Loại văn bản là bắt buộc")
        .containsEntry("subject", "Trích yếu là bắt buộc")
        .containsEntry("addressed", "Phải chọn ít nhất một đơn vị nhận");
  }

  @Test
  void a_subject_longer_than_500_characters_is_refused() {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest(
            "CV", "ư".repeat(501), null, null, null, null, List.of("dn-tranbien"));

    assertThat(violations(request))
        .containsEntry("subject", "Trích yếu không được dài quá 500 ký tự");
  }

  @Test
  void a_body_longer_than_100000_characters_is_refused() {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest(
            "CV", "s", "a".repeat(100_001), null, null, null, List.of("dn-tranbien"));

    assertThat(violations(request))
        .containsEntry("body", "Nội dung không được dài quá 100000 ký tự");
  }

  @Test
  void an_unknown_urgency_is_refused() {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest("CV", "s", null, "GAP", null, null, List.of("dn-tranbien"));

    assertThat(violations(request))
        .containsEntry("urgency", "Độ khẩn phải là một trong: NORMAL, KHAN, THUONG_KHAN, HOA_TOC");
  }

  @Test
  void no_recipient_and_more_than_500_recipients_are_refused() {
    IssueDirectiveRequest none =
        new IssueDirectiveRequest("CV", "s", null, null, null, null, List.of());
    IssueDirectiveRequest tooMany =
        new IssueDirectiveRequest(
            "CV", "s", null, null, null, null, Collections.nCopies(501, "dn-tranbien"));

    assertThat(violations(none)).containsEntry("addressed", "Phải chọn ít nhất một đơn vị nhận");
    assertThat(violations(tooMany)).containsEntry("recipientUnitIds", "Tối đa 500 đơn vị nhận");
  }

  @Test
  void a_blank_recipient_id_is_refused_where_it_stands() {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest("CV", "s", null, null, null, null, List.of("dn-tranbien", " "));

    assertThat(violations(request))
        .hasEntrySatisfying(
            "recipientUnitIds[1].<list element>",
            message -> assertThat(message).contains("Mã đơn vị nhận không được để trống"));
  }

  @Test
  void a_missing_urgency_means_normal() {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest("CV", "s", null, null, null, null, List.of("dn-tranbien"));

    assertThat(request.toCommand().content().urgency()).isEqualTo(Urgency.NORMAL);
  }

  @Test
  void an_unknown_secrecy_or_a_long_place_is_refused() {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest(
            "CV", "s", null, null, "BI_MAT", "Đ".repeat(101), List.of("dn-tranbien"));

    assertThat(violations(request))
        .containsEntry("secrecy", "Độ mật phải là một trong: NONE, MAT, TOI_MAT, TUYET_MAT")
        .containsEntry("place", "Địa danh không được dài quá 100 ký tự");
  }

  @Test
  void secrecy_and_place_reach_the_content() {
    IssueDirectiveRequest request =
        new IssueDirectiveRequest(
            "CV", "s", null, null, "TOI_MAT", " Biên Hòa ", List.of("dn-tranbien"));

    assertThat(request.toCommand().content().secrecy()).isEqualTo(Secrecy.TOI_MAT);
    assertThat(request.toCommand().content().place()).isEqualTo("Biên Hòa");
  }

  @Test
  void only_an_explicit_true_makes_a_congress_document() {
    List<String> to = List.of("dn-tranbien");

    assertThat(new IssueDirectiveRequest("NQ", "s", null, null, null, null, to, true).toCommand())
        .extracting(IssueDirectiveCommand::byCongress)
        .isEqualTo(true);
    assertThat(new IssueDirectiveRequest("NQ", "s", null, null, null, null, to).toCommand())
        .extracting(IssueDirectiveCommand::byCongress)
        .isEqualTo(false);
  }
}
