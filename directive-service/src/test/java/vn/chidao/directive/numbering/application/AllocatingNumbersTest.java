package vn.chidao.directive.numbering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import vn.chidao.directive.numbering.application.NumberingSettings.CongressSetting;
import vn.chidao.directive.numbering.application.NumberingSettings.TermSetting;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.Issuer;
import vn.chidao.directive.numbering.model.Regime;
import vn.chidao.directive.numbering.model.SequenceKey;
import vn.chidao.platform.problem.ProblemException;

class AllocatingNumbersTest {

  private static final NumberingSettings SETTINGS =
      new NumberingSettings(
          ZoneId.of("Asia/Ho_Chi_Minh"),
          "trung-uong",
          new TermSetting(null, LocalDate.parse("2026-01-24"), LocalDate.parse("2031-01-31")),
          new TermSetting(null, LocalDate.parse("2025-07-01"), LocalDate.parse("2030-10-31")),
          Map.of(),
          Map.of(
              "dn-tranbien",
              List.of(
                  new CongressSetting(
                      "II", LocalDate.parse("2030-09-01"), LocalDate.parse("2030-09-03"), null))));
  private static final Issuer TRAN_BIEN = new Issuer("dn-tranbien", Regime.PARTY, "ĐU", false);
  private static final Issuer UBND = new Issuer("ubnd-dn", Regime.STATE, "UBND", false);

  /** Counters and records in memory; {@code stuckAt} makes the counter hand out one value. */
  private static final class InMemoryRegister implements NumberRegister {
    final Map<SequenceKey, Integer> counters = new HashMap<>();
    final Set<String> recorded = new HashSet<>();
    Integer stuckAt;

    @Override
    public Mono<Integer> next(SequenceKey sequence) {
      return Mono.fromSupplier(
          () -> stuckAt != null ? stuckAt : counters.merge(sequence, 1, Integer::sum));
    }

    @Override
    public Mono<Boolean> record(
        SequenceKey sequence, int number, String symbol, String directiveId) {
      return Mono.fromSupplier(() -> recorded.add(sequence.value() + "#" + number));
    }
  }

  private final InMemoryRegister register = new InMemoryRegister();
  private final AllocatingNumbers numbers = new AllocatingNumbers(register, SETTINGS);

  private DocumentNumber allocate(Issuer issuer, String type, String instant) {
    return numbers.allocate(issuer, type, false, "Biên Hòa", Instant.parse(instant), "d").block();
  }

  @Test
  void a_party_document_gets_its_symbol_and_date_line() {
    DocumentNumber number = allocate(TRAN_BIEN, "CV", "2026-06-06T03:00:00Z");

    assertThat(number.number()).isEqualTo(1);
    assertThat(number.symbol()).isEqualTo("01-CV/ĐU");
    assertThat(number.placeAndDate()).isEqualTo("Biên Hòa, ngày 6 tháng 6 năm 2026");
    assertThat(number.sequence()).isEqualTo(new SequenceKey("PARTY|dn-tranbien|CV|2025-2030"));
  }

  @Test
  void the_year_of_a_state_document_is_the_year_in_vietnam() {
    DocumentNumber number = allocate(UBND, "QĐ", "2026-12-31T18:00:00Z");

    assertThat(number.sequence()).isEqualTo(new SequenceKey("STATE|ubnd-dn|2027"));
    assertThat(number.placeAndDate()).isEqualTo("Biên Hòa, ngày 01 tháng 01 năm 2027");
  }

  @Test
  void a_number_already_held_is_skipped() {
    register.recorded.add("PARTY|dn-tranbien|CV|2025-2030#1");

    assertThat(allocate(TRAN_BIEN, "CV", "2026-06-06T03:00:00Z").symbol()).isEqualTo("02-CV/ĐU");
  }

  @Test
  void a_counter_stuck_on_a_held_number_fails_instead_of_duplicating() {
    allocate(TRAN_BIEN, "CV", "2026-06-06T03:00:00Z");
    register.stuckAt = 1;

    assertThatThrownBy(() -> allocate(TRAN_BIEN, "CV", "2026-06-06T03:00:00Z"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_issuer_without_abbreviation_or_term_gets_no_number() {
    Issuer noAbbr = new Issuer("x", Regime.PARTY, " ", false);

    assertThatThrownBy(() -> allocate(noAbbr, "CV", "2026-06-06T03:00:00Z"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem ->
                assertThat(problem.getBody().getType().toString()).endsWith("issuer-abbr-missing"));
    assertThatThrownBy(() -> allocate(TRAN_BIEN, "CV", "2024-06-06T03:00:00Z"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem ->
                assertThat(problem.getBody().getType().toString()).endsWith("term-not-configured"));
    assertThat(register.recorded).isEmpty();
  }

  private DocumentNumber allocateForCongress(Issuer issuer, String type, String instant) {
    return numbers
        .allocateForCongress(issuer, type, "Biên Hòa", Instant.parse(instant), "d")
        .block();
  }

  @Test
  void a_congress_numbers_all_its_documents_in_one_sequence_ending_with_dh() {
    DocumentNumber resolution = allocateForCongress(TRAN_BIEN, "NQ", "2030-09-02T03:00:00Z");
    DocumentNumber letter = allocateForCongress(TRAN_BIEN, "CV", "2030-09-03T03:00:00Z");

    assertThat(resolution.symbol()).isEqualTo("01-NQ/ĐH");
    assertThat(letter.symbol()).isEqualTo("02-CV/ĐH");
    assertThat(letter.sequence()).isEqualTo(new SequenceKey("CONGRESS|dn-tranbien|II"));
    assertThat(allocate(TRAN_BIEN, "NQ", "2030-09-02T03:00:00Z").symbol())
        .as("the committee's own sequence is untouched")
        .isEqualTo("01-NQ/ĐU");
  }

  @Test
  void outside_a_congress_or_for_a_state_body_there_is_no_congress_number() {
    assertThatThrownBy(() -> allocateForCongress(TRAN_BIEN, "NQ", "2030-09-04T03:00:00Z"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem ->
                assertThat(problem.getBody().getType().toString())
                    .endsWith("congress-not-in-session"));
    assertThatThrownBy(() -> allocateForCongress(UBND, "QĐ", "2030-09-02T03:00:00Z"))
        .isInstanceOf(ProblemException.class);
  }
}
