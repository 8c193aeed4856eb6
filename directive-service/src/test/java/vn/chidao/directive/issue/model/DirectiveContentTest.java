package vn.chidao.directive.issue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DirectiveContentTest {

  @Test
  void vietnamese_typed_with_combining_marks_is_stored_precomposed() {
    String decomposed =
        Normalizer.normalize("Về việc tăng cường công tác dân vận", Normalizer.Form.NFD);

    DirectiveContent content = new DirectiveContent(DocType.TT, decomposed, decomposed, null);

    assertThat(content.subject()).isEqualTo("Về việc tăng cường công tác dân vận");
    assertThat(content.body()).isEqualTo("Về việc tăng cường công tác dân vận");
  }

  @Test
  void urgency_defaults_to_normal_and_body_to_empty() {
    DirectiveContent content = new DirectiveContent(DocType.CV, "Trích yếu", null, null);

    assertThat(content.urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(content.body()).isEmpty();
  }

  @Test
  void a_subject_of_only_spaces_is_refused() {
    assertThatThrownBy(() -> new DirectiveContent(DocType.CV, "   ", "", Urgency.NORMAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_subject_may_have_500_characters_but_not_501() {
    assertThat(new DirectiveContent(DocType.CV, "đ".repeat(500), "", null).subject()).hasSize(500);
    assertThatThrownBy(() -> new DirectiveContent(DocType.CV, "đ".repeat(501), "", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_body_may_have_100000_characters_but_not_more() {
    assertThat(new DirectiveContent(DocType.CV, "s", "a".repeat(100_000), null).body())
        .hasSize(100_000);
    assertThatThrownBy(() -> new DirectiveContent(DocType.CV, "s", "a".repeat(100_001), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
