package vn.chidao.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/** Architecture rules every chidao service checks with ArchUnit. */
public final class ArchitectureRules {

  /**
   * Domain models are plain Java: no Spring, no MongoDB, no web or messaging types, so business
   * rules can be read and tested without a framework.
   */
  public static final ArchRule MODEL_IS_PLAIN =
      noClasses()
          .that()
          .resideInAPackage("..model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "org.bson..",
              "com.mongodb..",
              "jakarta.servlet..",
              "jakarta.ws..",
              "reactor.netty..",
              "io.netty..",
              "tools.jackson..",
              "com.fasterxml.jackson..",
              "com.rabbitmq..")
          .because("the model holds business rules and must not depend on frameworks")
          .allowEmptyShould(true);

  /**
   * A {@code @Scheduled} method that returns a {@code Mono} or {@code Flux} is called by Spring
   * only once; the scheduler subscribes to the publisher it returned every round. Whatever the
   * method computes before returning (a cut-off time, today's date) is therefore frozen for the
   * life of the process, so such a method must build its round inside {@code Mono.defer} / {@code
   * Flux.defer}. (Three relays and the period roll-over once froze their cut-off at start-up.)
   */
  public static final ArchRule SCHEDULED_ROUNDS_ARE_DEFERRED =
      methods()
          .that()
          .areAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
          .and(returnAPublisher())
          .should(callDefer())
          .because(
              "Spring calls a reactive @Scheduled method once and re-subscribes its publisher"
                  + " every round")
          .allowEmptyShould(true);

  private static final Set<String> DEFERRING_TYPES =
      Set.of("reactor.core.publisher.Mono", "reactor.core.publisher.Flux");

  private static DescribedPredicate<JavaMethod> returnAPublisher() {
    return DescribedPredicate.describe(
        "return a Publisher",
        method -> method.getRawReturnType().isAssignableTo("org.reactivestreams.Publisher"));
  }

  private static ArchCondition<JavaMethod> callDefer() {
    return new ArchCondition<>("build each round in Mono.defer or Flux.defer") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean defers =
            method.getMethodCallsFromSelf().stream()
                .anyMatch(
                    call ->
                        call.getName().equals("defer")
                            && DEFERRING_TYPES.contains(call.getTargetOwner().getName()));
        events.add(
            new SimpleConditionEvent(
                method,
                defers,
                method.getFullName()
                    + (defers ? " defers its round" : " builds its round when Spring calls it")));
      }
    };
  }

  private ArchitectureRules() {}
}
