package vn.chidao.notification.alert.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.alert.model.Directives;
import vn.chidao.notification.alert.model.IssuedDirective;
import vn.chidao.notification.alert.model.Urgency;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.template.MailTemplates;

class ThymeleafDirectiveMailTest {

  private final ThymeleafDirectiveMail mail =
      new ThymeleafDirectiveMail(new MailTemplates(), "https://chidao.example.vn");

  @Test
  void the_plain_text_says_everything_in_vietnamese_with_diacritics() {
    MailContent content = mail.compose(new DirectiveAlert(Directives.congVan()));

    assertThat(content.text())
        .contains("Văn bản mới: Công văn số 84-CV/ĐU")
        .contains("Số, ký hiệu: 84-CV/ĐU")
        .contains("Loại văn bản: Công văn")
        .contains("Trích yếu: về việc tăng cường công tác dân vận")
        .contains("Đơn vị ban hành: Đảng ủy phường Trấn Biên")
        .contains("Độ khẩn: Hỏa tốc")
        .contains("Xem văn bản: https://chidao.example.vn/van-ban/dir-1")
        .doesNotContain("[(", "[#", "th:if");
  }

  @Test
  void the_html_says_the_same_and_links_to_the_directive() {
    MailContent content = mail.compose(new DirectiveAlert(Directives.congVan()));

    assertThat(content.html())
        .contains("<html lang=\"vi\"")
        .contains("Văn bản mới: Công văn số 84-CV/ĐU")
        .contains("về việc tăng cường công tác dân vận")
        .contains("Đảng ủy phường Trấn Biên")
        .contains(">Hỏa tốc<")
        .contains("href=\"https://chidao.example.vn/van-ban/dir-1\"")
        .doesNotContain("th:text", "th:if", "th:href", "xmlns:th");
  }

  @Test
  void the_subject_is_the_alerts_mail_subject() {
    MailContent content = mail.compose(new DirectiveAlert(Directives.congVan()));

    assertThat(content.subject())
        .isEqualTo("[chidao] Văn bản mới: Công văn — về việc tăng cường công tác dân vận");
  }

  @Test
  void a_directive_without_symbol_leaves_the_symbol_line_out() {
    IssuedDirective unnumbered = Directives.withSymbol(Directives.congVan(), null);

    MailContent content = mail.compose(new DirectiveAlert(unnumbered));

    assertThat(content.text()).doesNotContain("Số, ký hiệu");
    assertThat(content.html()).doesNotContain("Số, ký hiệu");
  }

  @Test
  void a_normal_directive_shows_no_urgency_badge() {
    IssuedDirective normal = Directives.withUrgency(Directives.congVan(), Urgency.NORMAL);

    MailContent content = mail.compose(new DirectiveAlert(normal));

    assertThat(content.text()).contains("Độ khẩn: Thường");
    assertThat(content.html()).doesNotContain("background:#b91c1c");
  }

  @Test
  void markup_in_the_summary_is_escaped_in_the_html() {
    IssuedDirective hostile =
        Directives.withSubject(Directives.congVan(), "về việc <script>alert(1)</script>");

    MailContent content = mail.compose(new DirectiveAlert(hostile));

    assertThat(content.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }
}
