package vn.chidao.notification.alert.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveAlertTest {

  @Test
  void the_title_names_the_document_type_and_symbol() {
    assertThat(new DirectiveAlert(Directives.congVan()).title())
        .isEqualTo("Văn bản mới: Công văn số 84-CV/ĐU");
  }

  @Test
  void a_directive_not_yet_numbered_has_a_title_without_symbol() {
    IssuedDirective unnumbered = Directives.withSymbol(Directives.congVan(), null);

    assertThat(new DirectiveAlert(unnumbered).title()).isEqualTo("Văn bản mới: Công văn");
  }

  @Test
  void the_body_is_the_summary_then_the_issuer() {
    assertThat(new DirectiveAlert(Directives.congVan()).body())
        .isEqualTo("về việc tăng cường công tác dân vận — Đảng ủy phường Trấn Biên");
  }

  @Test
  void the_mail_subject_reads_new_document_type_and_summary() {
    assertThat(new DirectiveAlert(Directives.congVan()).mailSubject())
        .isEqualTo("[chidao] Văn bản mới: Công văn — về việc tăng cường công tác dân vận");
  }

  @Test
  void line_breaks_in_the_summary_cannot_reach_a_mail_header() {
    IssuedDirective sneaky =
        Directives.withSubject(Directives.congVan(), "về việc\r\nBcc: ai@example.com\n  thử");

    assertThat(new DirectiveAlert(sneaky).mailSubject())
        .isEqualTo("[chidao] Văn bản mới: Công văn — về việc Bcc: ai@example.com thử")
        .doesNotContain("\r", "\n");
  }

  @Test
  void a_very_long_summary_is_cut_with_an_ellipsis() {
    IssuedDirective wordy = Directives.withSubject(Directives.congVan(), "về việc ".repeat(60));

    String subject = new DirectiveAlert(wordy).mailSubject();

    assertThat(subject).hasSizeLessThanOrEqualTo(DirectiveAlert.MAX_MAIL_SUBJECT).endsWith("…");
  }

  @Test
  void the_link_opens_the_directive_in_the_web_app() {
    DirectiveAlert alert = new DirectiveAlert(Directives.congVan());

    assertThat(alert.link("http://localhost:8080"))
        .isEqualTo("http://localhost:8080/van-ban/dir-1");
    assertThat(alert.link("https://chidao.example.vn/"))
        .isEqualTo("https://chidao.example.vn/van-ban/dir-1");
  }

  @Test
  void urgency_codes_read_in_vietnamese_and_unknown_ones_as_normal() {
    assertThat(Urgency.fromCode("KHAN").label()).isEqualTo("Khẩn");
    assertThat(Urgency.fromCode("THUONG_KHAN").label()).isEqualTo("Thượng khẩn");
    assertThat(Urgency.fromCode("hoa_toc").label()).isEqualTo("Hỏa tốc");
    assertThat(Urgency.fromCode("SOMEDAY")).isEqualTo(Urgency.NORMAL);
    assertThat(Urgency.fromCode(null)).isEqualTo(Urgency.NORMAL);
  }

  @Test
  void document_types_are_named_from_abbreviation_or_code() {
    assertThat(DocumentTypes.nameOf("CV")).isEqualTo("Công văn");
    assertThat(DocumentTypes.nameOf("CTr")).isEqualTo("Chương trình");
    assertThat(DocumentTypes.nameOf("QĐi")).isEqualTo("Quy định");
    assertThat(DocumentTypes.nameOf("THONG_TRI")).isEqualTo("Thông tri");
    assertThat(DocumentTypes.nameOf("Tờ trình")).isEqualTo("Tờ trình");
    assertThat(DocumentTypes.nameOf(null)).isEqualTo("Văn bản");
  }

  @Test
  void a_directive_without_event_or_directive_id_is_refused() {
    assertThatThrownBy(
            () ->
                new IssuedDirective(
                    null, "dong-nai", "dir-1", "CV", null, "x", null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventId");
    assertThatThrownBy(
            () -> new IssuedDirective("e", "dong-nai", " ", "CV", null, "x", null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("directiveId");
  }
}
