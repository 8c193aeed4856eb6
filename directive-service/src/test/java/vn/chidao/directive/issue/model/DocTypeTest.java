package vn.chidao.directive.issue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocTypeTest {

  @Test
  void the_validation_pattern_lists_exactly_the_document_type_codes() {
    Set<String> codes =
        Arrays.stream(DocType.values()).map(DocType::code).collect(Collectors.toSet());

    assertThat(Set.of(DocType.CODE_PATTERN.split("\\|"))).isEqualTo(codes);
  }

  @Test
  void the_urgency_pattern_lists_exactly_the_urgencies() {
    Set<String> names =
        Arrays.stream(Urgency.values()).map(Urgency::name).collect(Collectors.toSet());

    assertThat(Set.of(Urgency.NAME_PATTERN.split("\\|"))).isEqualTo(names);
  }

  @Test
  void the_secrecy_pattern_lists_exactly_the_secrecy_marks() {
    Set<String> names =
        Arrays.stream(Secrecy.values()).map(Secrecy::name).collect(Collectors.toSet());

    assertThat(Set.of(Secrecy.NAME_PATTERN.split("\\|"))).isEqualTo(names);
  }

  @Test
  void vietnamese_codes_are_recognised_exactly() {
    assertThat(DocType.fromCode("QĐ")).contains(DocType.QD);
    assertThat(DocType.fromCode("QĐi")).contains(DocType.QDI);
    assertThat(DocType.fromCode("CTr")).contains(DocType.CTR);
    assertThat(DocType.fromCode("QD")).isEmpty();
    assertThat(DocType.fromCode("qđ")).isEmpty();
    assertThat(DocType.fromCode("CTR")).isEmpty();
  }
}
