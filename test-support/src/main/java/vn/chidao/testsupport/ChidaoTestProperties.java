package vn.chidao.testsupport;

import com.icegreen.greenmail.util.GreenMail;
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
  }

  public static void rabbit(DynamicPropertyRegistry registry) {
    RabbitEndpoint rabbit = TestRabbit.get();
    registry.add("spring.rabbitmq.host", rabbit::host);
    registry.add("spring.rabbitmq.port", rabbit::port);
    registry.add("spring.rabbitmq.username", rabbit::username);
    registry.add("spring.rabbitmq.password", rabbit::password);
    registry.add("spring.cloud.stream.rabbit.default.producer.prefix", rabbit::prefix);
    registry.add("spring.cloud.stream.rabbit.default.consumer.prefix", rabbit::prefix);
    // Queue arguments must match on every declaration: producers declare their required groups'
    // queues too, so both sides get the same expiry.
    registry.add("spring.cloud.stream.rabbit.default.consumer.expires", () -> QUEUE_EXPIRY_MS);
    registry.add("spring.cloud.stream.rabbit.default.producer.expires", () -> QUEUE_EXPIRY_MS);
    registry.add("spring.cloud.stream.rabbit.default.consumer.exchange-auto-delete", () -> true);
    registry.add("spring.cloud.stream.rabbit.default.producer.exchange-auto-delete", () -> true);
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
