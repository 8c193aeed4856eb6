package vn.chidao.directive.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AudienceKeyTest {

  @Test
  void a_key_gives_back_what_it_was_made_of() {
    String key = AudienceKey.of("ACTIVE", "PARTY_CELL", "/tw/t01/t01-x0001/", "t01");

    assertThat(key).isEqualTo("ACTIVE|PARTY_CELL|/tw/t01/t01-x0001/|t01");
    assertThat(AudienceKey.parse(key))
        .isEqualTo(new AudienceKey.Parsed("ACTIVE", "PARTY_CELL", "/tw/t01/t01-x0001/", "t01"));
    assertThat(AudienceKey.parse(key).active()).isTrue();
  }

  @Test
  void a_missing_kind_and_a_tenant_holding_the_separator_survive() {
    AudienceKey.Parsed parsed = AudienceKey.parse(AudienceKey.of("CLOSED", null, "/tw/", "a|b"));

    assertThat(parsed).isEqualTo(new AudienceKey.Parsed("CLOSED", null, "/tw/", "a|b"));
    assertThat(parsed.active()).isFalse();
  }

  @Test
  void what_is_not_a_key_parses_to_nothing() {
    assertThat(AudienceKey.parse(null)).isNull();
    assertThat(AudienceKey.parse("ACTIVE|PARTY_CELL")).isNull();
    assertThat(AudienceKey.parse("")).isNull();
  }
}
