package vn.chidao.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionsTest {

  @Test
  void a_vietnamese_name_gets_an_ascii_fallback_and_an_rfc_5987_utf8_value() {
    String header = ContentDispositions.attachment("Báo cáo Đảng ủy.pdf");
    assertThat(header)
        .isEqualTo(
            "attachment; filename=\"Bao cao Dang uy.pdf\";"
                + " filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y.pdf");
  }

  @Test
  void the_encoded_value_decodes_back_to_the_exact_name() {
    String name = "Kế hoạch số 15 (bản 2) – 50% đã duyệt; \"mới\".docx";
    String encoded = ContentDispositions.rfc5987(name);
    assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
    assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
        .isEqualTo(name);
  }

  @Test
  void quotes_backslashes_and_other_scripts_never_break_the_quoted_fallback() {
    assertThat(ContentDispositions.asciiFallback("a\"b\\c 文件.pdf")).isEqualTo("a_b_c __.pdf");
  }

  @Test
  void free_text_becomes_a_file_name_without_separators_or_control_characters() {
    assertThat(ContentDispositions.safe("Tiến độ 1/2026: \"Tỉnh ủy\"\t<A>"))
        .isEqualTo("Tiến độ 1 2026 Tỉnh ủy A");
  }
}
