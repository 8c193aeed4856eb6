package vn.chidao.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring Boot service under test at the shared test infrastructure, for use inside a
 * {@code @DynamicPropertySource} method. Property names follow ADR 0001.
 */
public final class ChidaoTestProperties {

  /** Unused test queues disappear after this long, so local runs leave nothing behind. */
  private static final int QUEUE_EXPIRY_MS = 10 * 60 * 1000;

  private ChidaoTestProperties() {}

  public static void mongo(DynamicPropertyRegistry registry, String database) {
    registry.add("spring.mongodb.uri", TestMongo::uri);
    registry.add("spring.mongodb.database", () -> database);
    // Every connection and command at INFO drowns the test output in driver and server chatter.
    registry.add("logging.level.org.mongodb.driver", () -> "WARN");
    registry.add("logging.level.de.bwaldvogel.mongo", () -> "WARN");
  }

  public static void rabbit(DynamicPropertyRegistry registry) {
    RabbitEndpoint rabbit = TestRabbit.get();
    registry.add("spring.rabbitmq.host", rabbit::host);
    registry.add("spring.rabbitmq.port", rabbit::port);
    registry.add("spring.rabbitmq.username", rabbit::username);
    registry.add("spring.rabbitmq.password", rabbit::password);
    isolation(rabbit).forEach((name, value) -> registry.add(name, () -> value));
  }

  /**
   * Spring Cloud Stream properties that keep this run's exchanges and queues apart on a shared
   * broker: the run's prefix on every name, unused queues (and their dead-letter queues) expire.
   * Exchanges are not auto-deleted: a test listener leaving would take a service's exchange with
   * it. Queue arguments must match on every declaration, and producers declare their required
   * groups' queues too, so both sides get the same values.
   */
  public static Map<String, Object> isolation(RabbitEndpoint rabbit) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String side : List.of("producer", "consumer")) {
      String base = "spring.cloud.stream.rabbit.default." + side + ".";
      properties.put(base + "prefix", rabbit.prefix());
      properties.put(base + "expires", QUEUE_EXPIRY_MS);
      properties.put(base + "dlq-expires", QUEUE_EXPIRY_MS);
    }
    return properties;
  }

  /** Validate tokens minted by {@link LocalJwtIssuer#shared()}. */
  public static void jwt(DynamicPropertyRegistry registry) {
    LocalJwtIssuer issuer = LocalJwtIssuer.shared();
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuer);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer::jwkSetUri);
  }

  /** Validate tokens issued by the real Keycloak of {@link TestKeycloak#get()}. */
  public static void keycloak(DynamicPropertyRegistry registry) {
    KeycloakEndpoint keycloak = TestKeycloak.get();
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuer);
    registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keycloak::jwkSetUri);
  }

  public static void smtp(DynamicPropertyRegistry registry, GreenMail greenMail) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> TestSmtp.port(greenMail));
  }
}
