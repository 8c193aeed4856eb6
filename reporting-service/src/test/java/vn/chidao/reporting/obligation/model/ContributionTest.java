package vn.chidao.reporting.obligation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionTest {

  static final IndicatorSpec MODELS =
      new IndicatorSpec("models", "Số mô hình", "mô hình", "COUNT", "SUM", "GTE", BigDecimal.TEN);
  static final List<IndicatorSpec> INDICATORS = List.of(MODELS);

  @Test
  void anOpenedObligationIsExpectedAndPending() {
    assertThat(Contribution.of(ObligationState.PENDING, null, null, INDICATORS))
        .containsExactlyInAnyOrderEntriesOf(Map.of("pending", 1L, "expected", 1L));
  }

  @Test
  void aLateSubmissionMovesFromPendingToSubmittedAndLateWithItsFigures() {
    var before = Contribution.of(ObligationState.PENDING, null, null, INDICATORS);
    var after =
        Contribution.of(
            ObligationState.SUBMITTED, true, Map.of("models", new BigDecimal("12")), INDICATORS);
    assertThat(Contribution.delta(before, after))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "pending", -1L,
                "submitted", 1L,
                "reported", 1L,
                "late", 1L,
                "sum:models", 12.0,
                "n:models", 1L,
                "met:models", 1L));
  }

  @Test
  void aReturnWithdrawsTheFiguresButTheReportStaysSubmittedOnce() {
    var submitted =
        Contribution.of(
            ObligationState.SUBMITTED, false, Map.of("models", new BigDecimal("4")), INDICATORS);
    var returned =
        Contribution.of(
            ObligationState.RETURNED, false, Map.of("models", new BigDecimal("4")), INDICATORS);
    assertThat(Contribution.delta(submitted, returned))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                    "submitted",
                    -1L,
                    "returned",
                    1L,
                    "sum:models",
                    -4.0,
                    "n:models",
                    -1L,
                    "met:models",
                    0L)
                .entrySet()
                .stream()
                .filter(e -> e.getValue().doubleValue() != 0)
                .collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Test
  void closingRemovesTheObligationFromWhatIsExpected() {
    var before = Contribution.of(ObligationState.DRAFT, null, null, INDICATORS);
    var after = Contribution.of(ObligationState.CLOSED, null, null, INDICATORS);
    assertThat(Contribution.delta(before, after))
        .containsExactlyInAnyOrderEntriesOf(Map.of("draft", -1L, "expected", -1L, "closed", 1L));
  }

  @Test
  void deltasAddUpToTheFinalContribution() {
    var total = new java.util.LinkedHashMap<String, Number>();
    var pending = Contribution.of(ObligationState.PENDING, null, null, INDICATORS);
    var submitted =
        Contribution.of(
            ObligationState.SUBMITTED, false, Map.of("models", new BigDecimal("7")), INDICATORS);
    var accepted =
        Contribution.of(
            ObligationState.ACCEPTED, false, Map.of("models", new BigDecimal("7")), INDICATORS);
    Contribution.addInto(total, pending);
    Contribution.addInto(total, Contribution.delta(pending, submitted));
    Contribution.addInto(total, Contribution.delta(submitted, accepted));
    assertThat(total)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "accepted",
                1L,
                "expected",
                1L,
                "reported",
                1L,
                "onTime",
                1L,
                "sum:models",
                7.0,
                "n:models",
                1L));
  }

  @Test
  void lifecycleRefusesEditingAfterAcceptanceAndReviewBeforeSubmission() {
    assertThat(Lifecycle.mayEdit(ObligationState.ACCEPTED).orElseThrow().slug())
        .isEqualTo("already-accepted");
    assertThat(Lifecycle.mayEdit(ObligationState.SUBMITTED)).isPresent();
    assertThat(Lifecycle.mayEdit(ObligationState.RETURNED)).isEmpty();
    assertThat(Lifecycle.mayReview(ObligationState.DRAFT).orElseThrow().slug())
        .isEqualTo("not-submitted");
    assertThat(Lifecycle.mayReview(ObligationState.SUBMITTED)).isEmpty();
  }
}
