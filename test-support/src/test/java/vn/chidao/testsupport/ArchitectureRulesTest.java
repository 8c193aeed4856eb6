package vn.chidao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The shared rules catch what they are meant to, and only that. */
class ArchitectureRulesTest {

  private static final Clock CLOCK = Clock.systemUTC();

  static Flux<String> pendingBefore(Instant cutOff) {
    return Flux.just(cutOff.toString());
  }

  /** Takes its cut-off when Spring calls it, once: frozen for every later round. */
  static class EagerRelay {
    @Scheduled(fixedDelay = 1000)
    Mono<Long> relay() {
      return pendingBefore(CLOCK.instant().minusSeconds(5)).count();
    }
  }

  static class DeferredRelay {
    @Scheduled(fixedDelay = 1000)
    Mono<Long> relay() {
      return Mono.defer(() -> pendingBefore(CLOCK.instant().minusSeconds(5)).count());
    }
  }

  static class DeferredFluxRelay {
    @Scheduled(fixedDelay = 1000)
    Flux<String> relay() {
      return Flux.defer(() -> pendingBefore(CLOCK.instant()));
    }
  }

  /** A plain method is called every round: nothing to defer. */
  static class BlockingJob {
    @Scheduled(fixedDelay = 1000)
    void run() {
      pendingBefore(CLOCK.instant()).blockLast();
    }
  }

  @Test
  void a_reactive_scheduled_method_that_builds_its_round_eagerly_is_reported() {
    EvaluationResult result = deferRuleOn(EagerRelay.class);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .singleElement()
        .asString()
        .contains("EagerRelay.relay()");
  }

  @Test
  void deferred_rounds_and_plain_scheduled_methods_pass() {
    assertThat(
            deferRuleOn(DeferredRelay.class, DeferredFluxRelay.class, BlockingJob.class)
                .hasViolation())
        .isFalse();
  }

  private static EvaluationResult deferRuleOn(Class<?>... fixtures) {
    JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
    return ArchitectureRules.SCHEDULED_ROUNDS_ARE_DEFERRED.evaluate(classes);
  }
}
