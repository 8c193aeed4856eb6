package vn.chidao.directive.numbering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberingTest {

  private static final Term LOCAL = new Term(null, date("2025-07-01"), date("2030-10-31"));
  private static final Term CENTRAL = new Term("2026-2031", date("2026-01-24"), date("2031-01-31"));
  private static final Term DONG_NAI_2020 = new Term(null, date("2020-10-16"), date("2025-10-15"));
  private static final Term DONG_NAI_2025 = new Term(null, date("2025-10-16"), date("2030-10-15"));
  private static final TermCalendar TERMS =
      new TermCalendar(Map.of("dong-nai", List.of(DONG_NAI_2020, DONG_NAI_2025)), CENTRAL, LOCAL);

  private static final Issuer TRAN_BIEN = new Issuer("dn-tranbien", Regime.PARTY, "ĐU", false);
  private static final Issuer DONG_NAI = new Issuer("dong-nai", Regime.PARTY, "TU", false);
  private static final Issuer TW = new Issuer("tw", Regime.PARTY, "TW", true);
  private static final Issuer UBND = new Issuer("ubnd-dn", Regime.STATE, "UBND", false);

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static SequenceKey key(Issuer issuer, String type, boolean secret, String on) {
    return Numbering.sequenceFor(issuer, type, secret, date(on), TERMS).orElseThrow();
  }

  @Test
  void a_party_body_numbers_per_type_within_its_term() {
    assertThat(key(TRAN_BIEN, "CV", false, "2026-06-06"))
        .isEqualTo(new SequenceKey("PARTY|dn-tranbien|CV|2025-2030"))
        .isEqualTo(key(TRAN_BIEN, "CV", false, "2029-12-31"))
        .isNotEqualTo(key(TRAN_BIEN, "KH", false, "2026-06-06"));
  }

  @Test
  void a_party_body_keeps_its_sequence_across_a_new_year_but_not_across_a_new_term() {
    assertThat(key(DONG_NAI, "KH", false, "2025-10-15"))
        .isEqualTo(key(DONG_NAI, "KH", false, "2024-01-02"))
        .isEqualTo(new SequenceKey("PARTY|dong-nai|KH|2020-2025"));
    assertThat(key(DONG_NAI, "KH", false, "2025-10-16"))
        .isEqualTo(new SequenceKey("PARTY|dong-nai|KH|2025-2030"));
  }

  @Test
  void secret_party_documents_share_the_sequence_of_their_type() {
    assertThat(key(TRAN_BIEN, "NQ", true, "2026-03-01"))
        .isEqualTo(key(TRAN_BIEN, "NQ", false, "2026-03-01"));
  }

  @Test
  void the_centre_uses_the_term_of_the_national_congress() {
    assertThat(key(TW, "NQ", false, "2026-02-01"))
        .isEqualTo(new SequenceKey("PARTY|tw|NQ|2026-2031"));
    assertThat(Numbering.sequenceFor(TW, "NQ", false, date("2026-01-20"), TERMS))
        .as("before the XIV congress closed no default term of the centre applies")
        .isEmpty();
  }

  @Test
  void a_configured_term_wins_over_the_default_and_a_gap_has_no_sequence() {
    assertThat(TERMS.termOf("dong-nai", false, date("2025-09-01"))).contains(DONG_NAI_2020);
    assertThat(TERMS.termOf("dn-tranbien", false, date("2025-09-01"))).contains(LOCAL);
    assertThat(TERMS.termOf("dn-tranbien", false, date("2024-09-01"))).isEmpty();
  }

  @Test
  void a_state_body_numbers_all_types_in_one_sequence_per_calendar_year() {
    assertThat(key(UBND, "QĐ", false, "2026-01-01"))
        .isEqualTo(key(UBND, "CV", false, "2026-12-31"))
        .isEqualTo(new SequenceKey("STATE|ubnd-dn|2026"))
        .isNotEqualTo(key(UBND, "QĐ", false, "2027-01-01"));
  }

  @Test
  void secret_state_documents_have_their_own_sequence() {
    assertThat(key(UBND, "CV", true, "2026-05-05"))
        .isEqualTo(new SequenceKey("STATE|ubnd-dn|2026|MẬT"))
        .isNotEqualTo(key(UBND, "CV", false, "2026-05-05"));
  }

  @Test
  void the_issuer_kind_decides_the_regime() {
    assertThat(Regime.forIssuerKind("STATE_BODY")).isEqualTo(Regime.STATE);
    assertThat(Regime.forIssuerKind("COMMUNE_COMMITTEE")).isEqualTo(Regime.PARTY);
    assertThat(Regime.forIssuerKind(null)).isEqualTo(Regime.PARTY);
  }

  @Test
  void a_term_is_named_by_its_years_unless_labelled() {
    assertThat(LOCAL.label()).isEqualTo("2025-2030");
    assertThat(LOCAL.contains(date("2025-07-01"))).isTrue();
    assertThat(LOCAL.contains(date("2030-10-31"))).isTrue();
    assertThat(LOCAL.contains(date("2030-11-01"))).isFalse();
  }
}
