package vn.chidao.directive.search.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chidao.directive.search.model.DirectiveQuery;
import vn.chidao.platform.problem.ProblemException;

class DirectiveSearchControllerTest {

  @Test
  void a_query_is_folded_into_words_with_the_default_page() {
    DirectiveQuery query = parse("Dân Vận", null, null);
    assertThat(query.words()).containsExactly("dan", "van");
    assertThat(query.page()).isZero();
    assertThat(query.size()).isEqualTo(20);
  }

  @Test
  void a_missing_blank_or_overlong_query_is_refused() {
    assertRefused(null, null, null, "q");
    assertRefused("   ", null, null, "q");
    assertRefused("a".repeat(201), null, null, "200");
  }

  @Test
  void a_query_of_200_characters_is_accepted() {
    assertThat(parse("a".repeat(200), null, null).words()).hasSize(1);
  }

  @Test
  void page_and_size_must_be_whole_numbers_in_range() {
    assertRefused("dan van", "-1", null, "page");
    assertRefused("dan van", "mot", null, "page");
    assertRefused("dan van", null, "0", "size");
    assertRefused("dan van", null, "101", "size");
    assertThat(parse("dan van", "3", "100").offset()).isEqualTo(300);
  }

  private static DirectiveQuery parse(String q, String page, String size) {
    return DirectiveSearchController.queryOf(q, page, size);
  }

  private static void assertRefused(String q, String page, String size, String mentioned) {
    assertThatThrownBy(() -> parse(q, page, size))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.getStatusCode().value()).isEqualTo(400);
              assertThat(problem.getBody().getDetail()).contains(mentioned);
            });
  }
}
