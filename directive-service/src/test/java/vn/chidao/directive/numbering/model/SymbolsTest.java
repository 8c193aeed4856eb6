package vn.chidao.directive.numbering.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SymbolsTest {

  @Test
  void party_symbols_read_number_type_slash_issuer() {
    assertThat(Symbols.format(Regime.PARTY, 84, "CV", "ĐU")).isEqualTo("84-CV/ĐU");
    assertThat(Symbols.format(Regime.PARTY, 111, "BC", "TU")).isEqualTo("111-BC/TU");
    assertThat(Symbols.format(Regime.PARTY, 60, "CTr", "ĐUK")).isEqualTo("60-CTr/ĐUK");
  }

  @Test
  void numbers_below_ten_get_a_leading_zero() {
    assertThat(Symbols.format(Regime.PARTY, 1, "CV", "ĐU")).isEqualTo("01-CV/ĐU");
    assertThat(Symbols.format(Regime.STATE, 5, "QĐ", "UBND")).isEqualTo("05/QĐ-UBND");
  }

  @Test
  void state_symbols_read_number_slash_type_dash_issuer() {
    assertThat(Symbols.format(Regime.STATE, 1234, "QĐ", "UBND")).isEqualTo("1234/QĐ-UBND");
  }

  @Test
  void there_is_no_number_zero() {
    assertThatThrownBy(() -> Symbols.format(Regime.PARTY, 0, "CV", "ĐU"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
