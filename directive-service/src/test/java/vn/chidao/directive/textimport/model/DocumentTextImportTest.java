package vn.chidao.directive.textimport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.textimport.model.DocumentTextImport.Proposal;
import vn.chidao.directive.textimport.model.Extracted.Status;
import vn.chidao.directive.textimport.model.Values.Authority;
import vn.chidao.directive.textimport.model.Values.Citation;
import vn.chidao.directive.textimport.model.Values.Recipient;
import vn.chidao.directive.textimport.model.Values.ReportingDemand;

/**
 * Import of the two sample documents (shared/samples, copied to the test resources), field by
 * field: every field the text has is read right and points at the words it came from; every field
 * it lacks is ABSENT.
 */
class DocumentTextImportTest {

  static String sample(String name) {
    try (InputStream in = DocumentTextImportTest.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String THONG_TRI = sample("thong-tri-dan-van.txt");
  static final String BAO_CAO = sample("bao-cao-111-BC-TU.txt");

  @Test
  void the_directive_without_number_and_date_says_so_instead_of_inventing_them() {
    Proposal proposal = DocumentTextImport.read(THONG_TRI);

    assertThat(proposal.fields())
        .extracting(Extracted::field)
        .containsExactlyElementsOf(DocumentTextImport.FIELDS);
    assertAbsent(proposal, "number");
    assertAbsent(proposal, "placeAndDate");
    assertSpansPointAtTheText(proposal);
  }

  @Test
  void the_directive_gives_its_type_issuer_and_subject() {
    Proposal proposal = DocumentTextImport.read(THONG_TRI);

    assertThat(value(proposal, "docType", Values.DocumentType.class))
        .isEqualTo(new Values.DocumentType("TT", "Thông tri"));
    assertThat(source(proposal, "docType")).isEqualTo("THÔNG TRI");
    assertThat(value(proposal, "issuingBody", Values.IssuingBody.class).name())
        .isEqualTo("BAN THƯỜNG VỤ TỈNH ỦY");
    assertThat(value(proposal, "subject", String.class))
        .isEqualTo(
            "về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong các cơ quan nhà nước"
                + " các cấp tỉnh Ninh Bình");
    assertThat(source(proposal, "subject"))
        .startsWith("về tăng cường")
        .endsWith("các cấp tỉnh Ninh Bình")
        .contains("\n");
  }

  @Test
  void the_directive_lists_its_recipients_with_their_purposes() {
    List<Recipient> recipients = recipients(DocumentTextImport.read(THONG_TRI));

    assertThat(recipients)
        .extracting(Recipient::name, Recipient::purpose, Recipient::purposeStated)
        .containsExactly(
            tuple("Ban cán sự đảng Chính phủ", "REPORT_TO", true),
            tuple("Ban Dân vận Trung ương", "REPORT_TO", true),
            tuple("Các đ/c Ủy viên BCH Đảng bộ tỉnh", "IMPLEMENT", false),
            tuple("Các cơ quan chuyên trách tham mưu, giúp việc của Tỉnh ủy", "IMPLEMENT", false),
            tuple("Các ban cán sự đảng, đảng đoàn", "IMPLEMENT", false),
            tuple("Các sở, ban, ngành của tỉnh", "IMPLEMENT", false),
            tuple("Các huyện, thành ủy, đảng ủy trực thuộc", "IMPLEMENT", false),
            tuple("Văn phòng Tỉnh ủy", "ARCHIVE", true));
    assertThat(recipients.get(0).source().excerpt())
        .isEqualTo("Ban cán sự đảng Chính phủ (để báo cáo)");
    assertThat(recipients.get(7).source().excerpt()).isEqualTo("Lưu Văn phòng Tỉnh ủy");
  }

  @Test
  void the_directive_is_signed_on_behalf_of_the_standing_committee() {
    Proposal proposal = DocumentTextImport.read(THONG_TRI);
    Values.Signer signer = value(proposal, "signer", Values.Signer.class);

    assertThat(signer.authorities()).containsExactly(new Authority("T/M", "BAN THƯỜNG VỤ"));
    assertThat(signer.position()).isEqualTo("PHÓ BÍ THƯ");
    assertThat(signer.name()).isEqualTo("Trần Hồng Quảng");
    assertThat(source(proposal, "signer"))
        .startsWith("T/M BAN THƯỜNG VỤ")
        .endsWith("Trần Hồng Quảng");
  }

  @Test
  void the_directive_cites_documents_with_symbols_dates_and_issuers() {
    List<Citation> citations = citations(DocumentTextImport.read(THONG_TRI));

    assertThat(citations)
        .extracting(
            Citation::docType,
            Citation::symbol,
            Citation::date,
            Citation::issuer,
            Citation::mentions)
        .containsExactly(
            tuple("KL", "43-KL/TW", LocalDate.of(2019, 1, 7), "Ban Bí thư", 1),
            tuple("NQ", "25-NQ/TW", LocalDate.of(2013, 6, 3), "Ban Chấp hành Trung ương Đảng", 1),
            tuple("KL", "114-KL/TW", LocalDate.of(2015, 7, 14), "Ban Bí thư", 1),
            tuple("QĐ", "23-QĐ/TW", LocalDate.of(2021, 7, 30), "Bộ Chính trị", 1),
            tuple("CT", "33/CT-TTg", LocalDate.of(2021, 11, 26), "Thủ tướng Chính phủ", 1),
            tuple("QĐ", "334-QĐ/TU", LocalDate.of(2021, 6, 29), "Ban Thường vụ Tỉnh ủy", 1),
            tuple("QC", "09-QC/TU", LocalDate.of(2021, 10, 29), "Ban Thường vụ Tỉnh ủy", 2),
            tuple("NQ", "76/NQ-CP", LocalDate.of(2021, 7, 15), "Chính phủ", 1));
    assertThat(citations.get(1).source().excerpt())
        .isEqualTo("Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng");
  }

  @Test
  void
      the_directive_demands_six_monthly_and_annual_reports_to_the_standing_committee_via_its_commission() {
    List<ReportingDemand> demands = demands(DocumentTextImport.read(THONG_TRI));

    assertThat(demands).hasSize(2);
    ReportingDemand periodic = demands.get(0);
    assertThat(periodic.frequencies()).containsExactly("SIX_MONTH", "ANNUAL");
    assertThat(periodic.reportTo()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    assertThat(periodic.via()).isEqualTo("Ban Dân vận Tỉnh ủy");
    assertThat(periodic.due()).isNull();
    assertThat(periodic.source().excerpt())
        .isEqualTo(
            "Định kỳ 6 tháng, hàng năm báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Dân vận"
                + " Tỉnh ủy)");
    assertThat(periodic.requirements())
        .extracting(
            Values.Requirement::frequency,
            Values.Requirement::due,
            Values.Requirement::reportToText,
            Values.Requirement::viaText)
        .containsExactly(
            tuple("SIX_MONTH", null, "Ban Thường vụ Tỉnh ủy", "Ban Dân vận Tỉnh ủy"),
            tuple("ANNUAL", null, "Ban Thường vụ Tỉnh ủy", "Ban Dân vận Tỉnh ủy"));

    // "…định kỳ báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện": periodic, frequency not stated.
    ReportingDemand commission = demands.get(1);
    assertThat(commission.frequencies()).isEmpty();
    assertThat(commission.requirements()).isEmpty();
    assertThat(commission.reportTo()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    assertThat(commission.via()).isNull();
  }

  @Test
  void the_report_gives_its_number_issuer_place_date_type_and_subject() {
    Proposal proposal = DocumentTextImport.read(BAO_CAO);

    assertThat(value(proposal, "number", Values.DocumentNumber.class))
        .isEqualTo(new Values.DocumentNumber(111, "BC", "TU", null, "111-BC/TU", "PARTY"));
    assertThat(source(proposal, "number")).isEqualTo("Số 111-BC/TU");
    assertThat(value(proposal, "issuingBody", Values.IssuingBody.class))
        .isEqualTo(new Values.IssuingBody("TỈNH UỶ KON TUM", List.of("TỈNH UỶ KON TUM")));
    assertThat(value(proposal, "placeAndDate", Values.PlaceAndDate.class))
        .isEqualTo(new Values.PlaceAndDate("Kon Tum", LocalDate.of(2016, 11, 18)));
    assertThat(source(proposal, "placeAndDate")).isEqualTo("Kon Tum, ngày 18 tháng 11 năm 2016");
    assertThat(value(proposal, "docType", Values.DocumentType.class).code()).isEqualTo("BC");
    assertThat(value(proposal, "subject", String.class))
        .isEqualTo(
            "kết quả thực hiện Kết luận số 114- KL/TW, ngày 14-7-2015 của Ban Bí thư Trung ương"
                + " Đảng (khoá XI) về “nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các"
                + " cấp”");
    assertSpansPointAtTheText(proposal);
  }

  @Test
  void the_report_has_its_distribution_list_and_signer_and_no_reporting_demand() {
    Proposal proposal = DocumentTextImport.read(BAO_CAO);

    assertThat(recipients(proposal))
        .extracting(Recipient::name, Recipient::purpose)
        .containsExactly(
            tuple("Ban Dân vận Trung ương", "REPORT_TO"), tuple("Văn phòng Tỉnh ủy", "ARCHIVE"));
    Values.Signer signer = value(proposal, "signer", Values.Signer.class);
    assertThat(signer.authorities()).containsExactly(new Authority("T/M", "BAN THƯỜNG VỤ"));
    assertThat(signer.position()).isEqualTo("PHÓ BÍ THƯ");
    assertThat(signer.name()).isEqualTo("Y Mửi");
    assertAbsent(proposal, "reporting");
  }

  @Test
  void the_report_cites_the_documents_it_answers_each_once_with_its_fullest_mention() {
    List<Citation> citations = citations(DocumentTextImport.read(BAO_CAO));

    assertThat(citations).extracting(Citation::symbol).doesNotHaveDuplicates();
    assertThat(citations.get(0))
        .extracting(Citation::symbol, Citation::date, Citation::issuer)
        .containsExactly("114-KL/TW", LocalDate.of(2015, 7, 14), "Ban Bí thư Trung ương Đảng");
    assertThat(citations.get(0).source().excerpt()).startsWith("Kết luận số 114- KL/TW");
    assertThat(citations)
        .extracting(Citation::symbol, Citation::date)
        .contains(
            tuple("456-CV/BDVTW", LocalDate.of(2016, 10, 6)),
            tuple("2725/KH-UBND", LocalDate.of(2015, 11, 20)),
            tuple("1276/UBND-KGVX", LocalDate.of(2016, 6, 13)),
            tuple("218-QĐ/TW", LocalDate.of(2013, 12, 12)),
            tuple("1386-QĐ/TU", LocalDate.of(2010, 6, 17)),
            tuple("30c/NQ-CP", LocalDate.of(2011, 11, 8)),
            tuple("02/2015/QĐ-UBND", LocalDate.of(2015, 1, 22)),
            tuple("13-HDLT/BDVTU-BCĐXDNTM-HĐTĐKT", LocalDate.of(2012, 8, 16)));
    assertThat(citations)
        .filteredOn(citation -> citation.symbol().equals("1386-QĐ/TU"))
        .singleElement()
        .extracting(Citation::mentions)
        .isEqualTo(3);
  }

  @Test
  void windows_line_ends_and_decomposed_vietnamese_read_the_same() {
    for (String sample : List.of(THONG_TRI, BAO_CAO)) {
      Proposal plain = DocumentTextImport.read(sample);
      Proposal crlf = DocumentTextImport.read(sample.replace("\n", "\r\n"));
      Proposal nfd = DocumentTextImport.read(Normalizer.normalize(sample, Normalizer.Form.NFD));
      assertThat(crlf).isEqualTo(plain);
      assertThat(nfd).isEqualTo(plain);
    }
  }

  static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  static void assertAbsent(Proposal proposal, String field) {
    Extracted extracted = proposal.field(field);
    assertThat(extracted.status()).as(field).isEqualTo(Status.ABSENT);
    assertThat(extracted.value()).as(field).isNull();
    assertThat(extracted.source()).as(field).isNull();
  }

  /** Every span, of a field or of an item, is exactly the text at its offsets. */
  static void assertSpansPointAtTheText(Proposal proposal) {
    for (Extracted field : proposal.fields()) {
      if (field.source() != null) {
        assertSpan(proposal, field.source());
      }
      if (field.value() instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Recipient recipient) {
            assertSpan(proposal, recipient.source());
          } else if (item instanceof Citation citation) {
            assertSpan(proposal, citation.source());
          } else if (item instanceof ReportingDemand demand) {
            assertSpan(proposal, demand.source());
          }
        }
      }
    }
  }

  static void assertSpan(Proposal proposal, Span span) {
    assertThat(proposal.text().substring(span.start(), span.end())).isEqualTo(span.excerpt());
  }

  static <T> T value(Proposal proposal, String field, Class<T> type) {
    Extracted extracted = proposal.field(field);
    assertThat(extracted.status()).as(field).isEqualTo(Status.PRESENT);
    return type.cast(extracted.value());
  }

  static String source(Proposal proposal, String field) {
    return proposal.field(field).source().excerpt();
  }

  @SuppressWarnings("unchecked")
  static List<Recipient> recipients(Proposal proposal) {
    return value(proposal, "recipients", List.class);
  }

  @SuppressWarnings("unchecked")
  static List<Citation> citations(Proposal proposal) {
    return value(proposal, "citations", List.class);
  }

  @SuppressWarnings("unchecked")
  static List<ReportingDemand> demands(Proposal proposal) {
    return value(proposal, "reporting", List.class);
  }
}
