package vn.chidao.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sniffer here reads the PDF magic itself; Tika's detection is tested on its own. */
class UploadInspectionTest {

  private static final AllowedTypes ALL = AllowedTypes.all();

  private static final TypeSniffer PDF_MAGIC =
      prefix ->
          new String(
                      prefix,
                      0,
                      Math.min(5, prefix.length),
                      java.nio.charset.StandardCharsets.US_ASCII)
                  .equals("%PDF-")
              ? "application/pdf"
              : "application/octet-stream";

  @Test
  void nothing_passes_before_the_type_is_known_then_every_byte_passes_in_order() throws Exception {
    byte[] file = Samples.pdfOfSize(200_000);
    UploadInspection inspection =
        new UploadInspection(AttachmentName.of("a.pdf"), 1_000_000, PDF_MAGIC, ALL);
    List<byte[]> passed = new ArrayList<>();
    for (int from = 0; from < file.length; from += 10_000) {
      List<byte[]> out = inspection.accept(Arrays.copyOfRange(file, from, from + 10_000));
      if (from + 10_000 < UploadInspection.SNIFF_BYTES) {
        assertThat(out).as("held back at %d", from).isEmpty();
      }
      passed.addAll(out);
    }
    passed.addAll(inspection.finish());

    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    passed.forEach(joined::writeBytes);
    assertThat(joined.toByteArray()).isEqualTo(file);
    assertThat(inspection.type()).isEqualTo(AttachmentType.PDF);
    assertThat(inspection.size()).isEqualTo(200_000);
    assertThat(inspection.sha256())
        .isEqualTo(UploadInspection.hex(MessageDigest.getInstance("SHA-256").digest(file)));
  }

  @Test
  void a_small_file_is_typed_when_it_ends() {
    UploadInspection inspection =
        new UploadInspection(AttachmentName.of("a"), 1000, PDF_MAGIC, ALL);
    assertThat(inspection.accept(Samples.pdf("x"))).isEmpty();
    assertThat(inspection.finish()).hasSize(1);
    assertThat(inspection.name().value()).isEqualTo("a.pdf");
  }

  @Test
  void the_chunk_that_crosses_the_limit_is_refused() {
    UploadInspection inspection =
        new UploadInspection(AttachmentName.of("a.pdf"), 100, PDF_MAGIC, ALL);
    inspection.accept(Samples.pdfOfSize(100));
    assertThatThrownBy(() -> inspection.accept(new byte[1]))
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal -> {
              assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.TOO_LARGE);
              assertThat(refusal.detail()).contains("100 byte");
            });
  }

  @Test
  void a_refused_type_is_refused_before_anything_passes() {
    UploadInspection inspection =
        new UploadInspection(AttachmentName.of("bao-cao.pdf"), 1_000_000, PDF_MAGIC, ALL);
    byte[] executable = Samples.windowsExecutable();
    byte[] big = Arrays.copyOf(executable, UploadInspection.SNIFF_BYTES);
    assertThatThrownBy(() -> inspection.accept(big))
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal -> {
              assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.TYPE_NOT_ALLOWED);
              assertThat(refusal.detail()).contains("application/octet-stream");
            });
  }

  @Test
  void a_name_claiming_another_allowed_type_is_refused_before_anything_passes() {
    UploadInspection inspection =
        new UploadInspection(AttachmentName.of("ảnh.png"), 1_000_000, PDF_MAGIC, ALL);
    inspection.accept(Samples.pdf("x"));
    assertThatThrownBy(inspection::finish)
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal ->
                assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.TYPE_MISMATCH));
  }

  @Test
  void an_empty_file_is_refused() {
    UploadInspection inspection =
        new UploadInspection(AttachmentName.of("a.pdf"), 100, PDF_MAGIC, ALL);
    assertThatThrownBy(inspection::finish)
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal -> assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.EMPTY));
  }

  @Test
  void a_type_the_service_does_not_allow_is_refused_and_the_message_lists_only_its_types() {
    AllowedTypes noSpreadsheets =
        AllowedTypes.of(
            AttachmentType.PDF, AttachmentType.DOCX, AttachmentType.PNG, AttachmentType.JPEG);
    TypeSniffer spreadsheet = prefix -> AttachmentType.XLSX.mediaType();
    UploadInspection inspection =
        new UploadInspection(AttachmentName.of("bảng.xlsx"), 1000, spreadsheet, noSpreadsheets);
    inspection.accept(Samples.xlsx());
    assertThatThrownBy(inspection::finish)
        .isInstanceOfSatisfying(
            AttachmentRefusal.class,
            refusal -> {
              assertThat(refusal.reason()).isEqualTo(AttachmentRefusal.Reason.TYPE_NOT_ALLOWED);
              assertThat(refusal.detail())
                  .contains("(PDF, Word (DOCX), ảnh PNG, ảnh JPEG)")
                  .doesNotContain("Excel");
            });

    UploadInspection allowed =
        new UploadInspection(AttachmentName.of("bảng"), 1000, spreadsheet, ALL);
    allowed.accept(Samples.xlsx());
    allowed.finish();
    assertThat(allowed.type()).isEqualTo(AttachmentType.XLSX);
    assertThat(allowed.name().value()).isEqualTo("bảng.xlsx");
  }
}
