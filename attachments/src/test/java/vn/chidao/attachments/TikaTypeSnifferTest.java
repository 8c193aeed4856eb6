package vn.chidao.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TikaTypeSnifferTest {

  private final TikaTypeSniffer sniffer = new TikaTypeSniffer();

  @Test
  void allowed_types_are_told_from_their_bytes() {
    assertThat(sniffer.mediaTypeOf(Samples.pdf("x"))).isEqualTo(AttachmentType.PDF.mediaType());
    assertThat(sniffer.mediaTypeOf(Samples.png())).isEqualTo(AttachmentType.PNG.mediaType());
    assertThat(sniffer.mediaTypeOf(Samples.jpeg())).isEqualTo(AttachmentType.JPEG.mediaType());
    assertThat(sniffer.mediaTypeOf(Samples.docx())).isEqualTo(AttachmentType.DOCX.mediaType());
  }

  @Test
  void an_executable_is_an_executable_whatever_it_is_called() {
    assertThat(sniffer.mediaTypeOf(Samples.windowsExecutable()))
        .isEqualTo("application/x-msdownload");
  }

  @Test
  void a_spreadsheet_package_is_an_excel_workbook_and_a_plain_archive_is_not() {
    assertThat(sniffer.mediaTypeOf(Samples.xlsx())).isEqualTo(AttachmentType.XLSX.mediaType());
    assertThat(sniffer.mediaTypeOf(Samples.zip("[Content_Types].xml", "_rels/.rels", "ppt/p.xml")))
        .isEqualTo(TikaTypeSniffer.OOXML);
    assertThat(sniffer.mediaTypeOf(Samples.zip("a.txt"))).isEqualTo("application/zip");
  }

  @Test
  void a_word_package_cut_off_after_its_first_entries_is_still_recognised() {
    byte[] docx = Samples.docx();
    assertThat(TikaTypeSniffer.firstKnownPart(Arrays.copyOf(docx, docx.length - 40)))
        .isEqualTo("word/");
    assertThat(TikaTypeSniffer.firstKnownPart(new byte[] {'P', 'K', 3, 4, 1})).isNull();
  }
}
