package vn.chidao.identity.org.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NameFoldingTest {

  @Test
  void vietnamese_marks_and_d_with_stroke_are_folded_away() {
    assertThat(NameFolding.fold("Đảng ủy xã Nghĩa Hành")).isEqualTo("dang uy xa nghia hanh");
    assertThat(NameFolding.fold("Ban Dân vận Tỉnh ủy Đồng Nai"))
        .isEqualTo("ban dan van tinh uy dong nai");
  }

  @Test
  void composed_and_decomposed_input_fold_alike() {
    String composed = "Chi bộ Tổ 1 ấp Bình Hòa";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

    assertThat(NameFolding.fold(decomposed)).isEqualTo(NameFolding.fold(composed));
  }

  @Test
  void whitespace_is_collapsed_and_trimmed() {
    assertThat(NameFolding.fold("  Đảng   bộ\tKhu phố 1 ")).isEqualTo("dang bo khu pho 1");
  }

  @Test
  void nothing_folds_to_an_empty_key() {
    assertThat(NameFolding.fold(null)).isEmpty();
  }
}
