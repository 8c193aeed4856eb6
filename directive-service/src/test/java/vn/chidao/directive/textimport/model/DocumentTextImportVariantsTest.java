package vn.chidao.directive.textimport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.textimport.model.DocumentTextImportTest.assertAbsent;
import static vn.chidao.directive.textimport.model.DocumentTextImportTest.assertSpansPointAtTheText;
import static vn.chidao.directive.textimport.model.DocumentTextImportTest.demands;
import static vn.chidao.directive.textimport.model.DocumentTextImportTest.recipients;
import static vn.chidao.directive.textimport.model.DocumentTextImportTest.source;
import static vn.chidao.directive.textimport.model.DocumentTextImportTest.tuple;
import static vn.chidao.directive.textimport.model.DocumentTextImportTest.value;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.textimport.model.DocumentTextImport.Proposal;
import vn.chidao.directive.textimport.model.Values.Authority;
import vn.chidao.directive.textimport.model.Values.Recipient;
import vn.chidao.directive.textimport.model.Values.ReportingDemand;

/** Layouts the samples do not show: State documents, deputies, deadlines, missing parts. */
class DocumentTextImportVariantsTest {

  private static final String STATE_DECISION =
      """
      ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc
      Số: 12/QĐ-UBND\tĐồng Nai, ngày 06 tháng 02 năm 2026

      QUYẾT ĐỊNH
      Về việc thành lập Tổ công tác cải cách hành chính

      Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Nghị định số 30/2020/NĐ-CP, ngày 05/3/2020 của Chính phủ về công tác văn thư;

      Điều 1. Thành lập Tổ công tác. Tổ công tác báo cáo kết quả hằng quý về Ủy ban nhân dân tỉnh trước ngày 20 tháng 3.

      Nơi nhận:\t\tKT. CHỦ TỊCH
      - Như Điều 3;\t\tPHÓ CHỦ TỊCH
      - Sở Nội vụ (để biết);
      - Lưu: VT.

      \t\tNguyễn Thị Bình
      """;

  @Test
  void a_state_decision_gives_its_state_style_number_body_and_date_line() {
    Proposal proposal = DocumentTextImport.read(STATE_DECISION);

    assertThat(value(proposal, "number", Values.DocumentNumber.class))
        .isEqualTo(new Values.DocumentNumber(12, "QĐ", "UBND", null, "12/QĐ-UBND", "STATE"));
    assertThat(source(proposal, "number")).isEqualTo("Số: 12/QĐ-UBND");
    assertThat(value(proposal, "issuingBody", Values.IssuingBody.class))
        .isEqualTo(
            new Values.IssuingBody(
                "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI")));
    assertThat(value(proposal, "placeAndDate", Values.PlaceAndDate.class))
        .isEqualTo(new Values.PlaceAndDate("Đồng Nai", LocalDate.of(2026, 2, 6)));
    assertThat(value(proposal, "docType", Values.DocumentType.class).code()).isEqualTo("QĐ");
    assertThat(value(proposal, "subject", String.class))
        .isEqualTo("Về việc thành lập Tổ công tác cải cách hành chính");
    assertSpansPointAtTheText(proposal);
  }

  @Test
  void a_deputy_signs_beside_the_distribution_list() {
    Proposal proposal = DocumentTextImport.read(STATE_DECISION);

    assertThat(recipients(proposal))
        .extracting(Recipient::name, Recipient::purpose, Recipient::purposeStated)
        .containsExactly(
            tuple("Như Điều 3", "IMPLEMENT", false),
            tuple("Sở Nội vụ", "INFORMATION", true),
            tuple("VT", "ARCHIVE", true));
    Values.Signer signer = value(proposal, "signer", Values.Signer.class);
    assertThat(signer.authorities()).containsExactly(new Authority("KT.", "CHỦ TỊCH"));
    assertThat(signer.position()).isEqualTo("PHÓ CHỦ TỊCH");
    assertThat(signer.name()).isEqualTo("Nguyễn Thị Bình");
  }

  @Test
  void a_quarterly_demand_with_a_deadline_maps_to_a_fixed_day_rule() {
    List<ReportingDemand> demands = demands(DocumentTextImport.read(STATE_DECISION));

    assertThat(demands).hasSize(1);
    ReportingDemand demand = demands.get(0);
    assertThat(demand.frequencies()).containsExactly("QUARTERLY");
    assertThat(demand.reportTo()).isEqualTo("Ủy ban nhân dân tỉnh");
    assertThat(demand.due().source().excerpt()).isEqualTo("trước ngày 20 tháng 3");
    Values.Due due = demand.requirements().get(0).due();
    assertThat(due.kind()).isEqualTo("FIXED_DAY");
    assertThat(due.day()).isEqualTo(20);
    assertThat(due.monthsAfterCutoff()).isZero();
  }

  @Test
  void an_annual_deadline_in_december_is_the_cut_off_month_of_an_annual_and_a_six_month_report() {
    String text =
        "Các đảng ủy trực thuộc định kỳ 6 tháng, hằng năm báo cáo về Ban Thường vụ Tỉnh ủy"
            + " (qua Văn phòng Tỉnh ủy) trước 15 tháng 12 hằng năm.";
    ReportingDemand demand = demands(DocumentTextImport.read(text)).get(0);

    assertThat(demand.via()).isEqualTo("Văn phòng Tỉnh ủy");
    assertThat(demand.requirements())
        .extracting(r -> r.frequency(), r -> r.due().day(), r -> r.due().monthsAfterCutoff())
        .containsExactly(tuple("SIX_MONTH", 15, 0), tuple("ANNUAL", 15, 0));
  }

  @Test
  void working_days_after_the_cut_off_are_a_days_rule() {
    String text = "Hằng tháng báo cáo Ban Tổ chức Tỉnh ủy trong vòng 5 ngày làm việc.";
    Values.Due due = demands(DocumentTextImport.read(text)).get(0).due();

    assertThat(due.kind()).isEqualTo("DAYS_AFTER_CUTOFF");
    assertThat(due.days()).isEqualTo(5);
    assertThat(due.workingDays()).isTrue();
  }

  @Test
  void a_text_without_signature_or_distribution_list_reports_them_absent() {
    String withoutFoot = STATE_DECISION.substring(0, STATE_DECISION.indexOf("Nơi nhận"));
    Proposal proposal = DocumentTextImport.read(withoutFoot);

    assertAbsent(proposal, "signer");
    assertAbsent(proposal, "recipients");
    assertThat(value(proposal, "number", Values.DocumentNumber.class).number()).isEqualTo(12);
  }

  @Test
  void a_party_header_names_the_body_under_its_parent_and_a_state_symbol_may_carry_a_year() {
    String text =
        """
        ĐẢNG BỘ TỈNH NINH BÌNH\t\tĐẢNG CỘNG SẢN VIỆT NAM
        TỈNH ỦY
        *
        Số 15-TT/TU\t\tNinh Bình, ngày 3 tháng 4 năm 2023

        THÔNG TRI
        về tăng cường công tác dân vận

        Thực hiện Nghị định số 12/2020/NĐ-CP của Chính phủ về việc...
        """;
    Proposal proposal = DocumentTextImport.read(text);

    assertThat(value(proposal, "number", Values.DocumentNumber.class))
        .isEqualTo(new Values.DocumentNumber(15, "TT", "TU", null, "15-TT/TU", "PARTY"));
    assertThat(value(proposal, "issuingBody", Values.IssuingBody.class))
        .isEqualTo(new Values.IssuingBody("TỈNH ỦY", List.of("ĐẢNG BỘ TỈNH NINH BÌNH", "TỈNH ỦY")));
    assertThat(value(proposal, "placeAndDate", Values.PlaceAndDate.class).date())
        .isEqualTo(LocalDate.of(2023, 4, 3));
    assertThat(value(proposal, "subject", String.class))
        .isEqualTo("về tăng cường công tác dân vận");
    assertThat(DocumentTextImportTest.citations(proposal))
        .extracting(Values.Citation::kind, Values.Citation::docType, Values.Citation::symbol)
        .containsExactly(tuple("Nghị định", null, "12/2020/NĐ-CP"));
    assertAbsent(proposal, "signer");
    assertAbsent(proposal, "reporting");
  }

  @Test
  void state_symbols_with_a_year_or_without_a_type_are_read_as_written() {
    Values.DocumentNumber decree =
        value(
            DocumentTextImport.read("CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\n\nNGHỊ ĐỊNH"),
            "number",
            Values.DocumentNumber.class);
    assertThat(decree)
        .isEqualTo(new Values.DocumentNumber(30, "NĐ", "CP", 2020, "30/2020/NĐ-CP", "STATE"));

    Proposal letter =
        DocumentTextImport.read(
            "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 620/UBND-VX\nV/v tăng cường công tác dân vận\n");
    assertThat(value(letter, "number", Values.DocumentNumber.class))
        .isEqualTo(new Values.DocumentNumber(620, null, "UBND-VX", null, "620/UBND-VX", "STATE"));
    assertThat(value(letter, "subject", String.class)).isEqualTo("V/v tăng cường công tác dân vận");
    assertAbsent(letter, "docType");
  }

  @Test
  void an_empty_text_has_no_field() {
    Proposal proposal = DocumentTextImport.read("   \n\n");
    for (String field : DocumentTextImport.FIELDS) {
      assertAbsent(proposal, field);
    }
  }
}
