package vn.chidao.directive.attachment.adapter.out.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.attachment.Samples;
import vn.chidao.directive.attachment.model.AttachmentType;

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
  void other_office_packages_and_plain_archives_are_not_word_documents() {
    assertThat(sniffer.mediaTypeOf(Samples.xlsx())).isEqualTo(TikaTypeSniffer.OOXML);
    assertThat(sniffer.mediaTypeOf(Samples.zip("a.txt"))).isEqualTo("application/zip");
  }

  @Test
  void a_word_package_cut_off_after_its_first_entries_is_still_recognised() {
    byte[] docx = Samples.docx();
    assertThat(TikaTypeSniffer.hasWordParts(Arrays.copyOf(docx, docx.length - 40))).isTrue();
    assertThat(TikaTypeSniffer.hasWordParts(new byte[] {'P', 'K', 3, 4, 1})).isFalse();
  }
}
