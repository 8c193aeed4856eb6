package vn.chidao.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

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

  private ArchitectureRules() {}
}
