package vn.chidao.directive.issue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void tone_and_vowel_marks_are_stripped_and_letters_lower_cased() {
    assertThat(SearchText.fold("Dân Vận")).isEqualTo("dan van");
    assertThat(SearchText.fold("DÂN VẬN")).isEqualTo("dan van");
    assertThat(SearchText.fold("Hỏa tốc")).isEqualTo("hoa toc");
    assertThat(SearchText.fold("Thượng khẩn, Tối mật")).isEqualTo("thuong khan, toi mat");
    assertThat(SearchText.fold("Nghị quyết")).isEqualTo("nghi quyet");
  }

  @Test
  void d_with_stroke_folds_to_d_in_both_cases() {
    assertThat(SearchText.fold("Đảng ủy")).isEqualTo("dang uy");
    assertThat(SearchText.fold("ĐẢNG ỦY đồng nai")).isEqualTo("dang uy dong nai");
    assertThat(SearchText.fold("84-CV/ĐU")).isEqualTo("84-cv/du");
  }

  @Test
  void decomposed_input_folds_like_precomposed_input() {
    String nfd = Normalizer.normalize("Đảng ủy phường Trấn Biên, hỏa tốc", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Đảng ủy phường Trấn Biên, hỏa tốc");
    assertThat(SearchText.fold(nfd)).isEqualTo("dang uy phuong tran bien, hoa toc");
  }

  @Test
  void whitespace_runs_collapse_to_one_space_and_the_ends_are_trimmed() {
    assertThat(SearchText.fold("  dân \t vận\n\ncông\u00a0tác  ")).isEqualTo("dan van cong tac");
  }

  @Test
  void nothing_folds_to_the_empty_string() {
    assertThat(SearchText.fold(null)).isEmpty();
    assertThat(SearchText.fold("   ")).isEmpty();
  }

  @Test
  void the_search_text_of_a_directive_joins_symbol_subject_and_body() {
    assertThat(SearchText.of("84-CV/ĐU", "Về công tác Dân vận", ""))
        .isEqualTo("84-cv/du ve cong tac dan van");
    assertThat(SearchText.of(null, "Hỏa tốc", "Báo cáo")).isEqualTo("hoa toc bao cao");
  }

  @Test
  void a_query_yields_its_distinct_folded_words() {
    assertThat(SearchText.words(" Dân  vận dan ")).containsExactly("dan", "van");
    assertThat(SearchText.words("84-CV/ĐU")).containsExactly("84-cv/du");
    assertThat(SearchText.words(" ")).isEmpty();
  }
}
