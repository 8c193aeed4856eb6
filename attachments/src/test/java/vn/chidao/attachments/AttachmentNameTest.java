package vn.chidao.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentNameTest {

  private static final AllowedTypes ALL = AllowedTypes.all();

  @Test
  void vietnamese_letters_and_spaces_are_kept_and_combining_marks_become_precomposed() {
    String nfd = Normalizer.normalize("Báo cáo số 111 – Đảng ủy.pdf", Normalizer.Form.NFD);
    assertThat(AttachmentName.of(nfd).value()).isEqualTo("Báo cáo số 111 – Đảng ủy.pdf");
  }

  @Test
  void a_client_path_is_cut_to_the_file_name() {
    assertThat(AttachmentName.of("C:\\Users\\vanthu\\Desktop\\Kế hoạch.docx").value())
        .isEqualTo("Kế hoạch.docx");
    assertThat(AttachmentName.of("/home/vanthu/tài liệu/ảnh.png").value()).isEqualTo("ảnh.png");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../../etc/passwd", "..\\..\\windows\\win.ini", "a/../b.pdf", "..", "x/.."})
  void a_name_that_climbs_directories_is_refused(String raw) {
    assertThatThrownBy(() -> AttachmentName.of(raw))
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal ->
                assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.NAME_INVALID));
  }

  @Test
  void control_and_bidirectional_characters_and_windows_reserved_ones_are_dropped() {
    assertThat(AttachmentName.of("bao\u0000cao\u0007\r\n.pdf").value()).isEqualTo("baocao .pdf");
    assertThat(AttachmentName.of("hợp\u202Efdp.exe").value()).isEqualTo("hợpfdp.exe");
    assertThat(AttachmentName.of("a<b>c:d\"e|f?g*.pdf").value()).isEqualTo("abcdefg.pdf");
  }

  @Test
  void hidden_and_trailing_dots_go_and_device_names_are_defused() {
    assertThat(AttachmentName.of("..bashrc").value()).isEqualTo("bashrc");
    assertThat(AttachmentName.of("ghi chú. . ").value()).isEqualTo("ghi chú");
    assertThat(AttachmentName.of("CON.pdf").value()).isEqualTo("_CON.pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u0000\u0001", "///", ". ."})
  void a_name_with_nothing_left_is_refused(String raw) {
    assertThatThrownBy(() -> AttachmentName.of(raw)).isInstanceOf(AttachmentRefusal.class);
  }

  @Test
  void a_long_name_is_cut_before_its_extension() {
    String name = AttachmentName.of("ý".repeat(300) + ".docx").value();
    assertThat(name).hasSize(AttachmentName.MAX_LENGTH).endsWith("ý.docx");
  }

  @Test
  void the_name_follows_the_real_type() {
    assertThat(AttachmentName.of("Ảnh.JPEG").forType(AttachmentType.JPEG, ALL).value())
        .isEqualTo("Ảnh.JPEG");
    assertThat(AttachmentName.of("scan").forType(AttachmentType.PDF, ALL).value())
        .isEqualTo("scan.pdf");
    assertThat(AttachmentName.of("scan.v2").forType(AttachmentType.PNG, ALL).value())
        .isEqualTo("scan.v2.png");
    assertThatThrownBy(() -> AttachmentName.of("ảnh.png").forType(AttachmentType.PDF, ALL))
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal ->
                assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.TYPE_MISMATCH));
  }

  @Test
  void an_extension_of_a_type_the_service_does_not_allow_is_kept_and_the_real_one_added() {
    AllowedTypes noSpreadsheets = AllowedTypes.of(AttachmentType.PDF, AttachmentType.DOCX);
    assertThat(AttachmentName.of("bảng.xlsx").forType(AttachmentType.PDF, noSpreadsheets).value())
        .isEqualTo("bảng.xlsx.pdf");
    assertThatThrownBy(() -> AttachmentName.of("bảng.xlsx").forType(AttachmentType.PDF, ALL))
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal ->
                assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.TYPE_MISMATCH));
  }
}
