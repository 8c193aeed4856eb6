package vn.chidao.identity.org.changes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.identity.org.application.ChangingDirectory;
import vn.chidao.identity.org.model.NewUnit;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestRabbit;
import vn.chidao.testsupport.TokenSpec;

/**
 * The service with its own database and its own RabbitMQ prefix, so that the units these tests
 * create and the events they cause never reach the tests of the seeded directory ({@code
 * OrgDirectoryIT}, {@code OrgEventsIT}), which count units and events exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class OrgChangesIT {

  static final LocalDate FOUNDED = LocalDate.of(2025, 8, 1);
  static final LocalDate CHANGED = LocalDate.of(2025, 9, 1);

  static final TokenSpec CENTRAL_ADMIN =
      TokenSpec.of("trunguong.quantri", "tw", "/tw/", "trung-uong", "central-admin", "member");
  static final TokenSpec PROVINCE_ADMIN =
      TokenSpec.of(
          "tinhuy.quantri", "dong-nai", "/tw/dong-nai/", "dong-nai", "province-admin", "member");
  static final TokenSpec UNIT_ADMIN =
      TokenSpec.of(
          "tranbien.quantri",
          "dn-tranbien",
          "/tw/dong-nai/dn-tranbien/",
          "dong-nai",
          "unit-admin",
          "member");
  static final TokenSpec CLERK =
      TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer", "member");

  static final ChidaoUser CENTRAL =
      new ChidaoUser(
          "trunguong.quantri",
          "tw",
          "/tw/",
          "trung-uong",
          java.util.Set.of("central-admin", "member"));

  private static final AtomicInteger NEXT_ID = new AtomicInteger();

  @Autowired WebTestClient web;
  @Autowired ChangingDirectory changes;

  /** The build shares two cores with others; 5 s (the default) has proved too tight once. */
  @BeforeEach
  void patientClient() {
    web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
  }

  static RabbitEndpoint rabbit() {
    RabbitEndpoint shared = TestRabbit.get();
    return new RabbitEndpoint(
        shared.host(),
        shared.port(),
        shared.username(),
        shared.password(),
        shared.prefix() + "changes.");
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.mongo(registry, "chidao-identity-changes-it");
    RabbitEndpoint rabbit = rabbit();
    registry.add("spring.rabbitmq.host", rabbit::host);
    registry.add("spring.rabbitmq.port", rabbit::port);
    registry.add("spring.rabbitmq.username", rabbit::username);
    registry.add("spring.rabbitmq.password", rabbit::password);
    ChidaoTestProperties.isolation(rabbit)
        .forEach((name, value) -> registry.add(name, () -> value));
    ChidaoTestProperties.jwt(registry);
    // Small enough that OrgImportIT can send a file over the limit, large enough for 10 MB.
    registry.add("chidao.org.import.max-size", () -> "12MB");
  }

  /** A fresh unit id, so tests never depend on each other's units. */
  static String freshId(String stem) {
    return stem + "-" + NEXT_ID.incrementAndGet();
  }

  /** Founds a party cell as the central admin, through the same use case the API calls. */
  String found(String stem, String parentId) {
    String id = freshId(stem);
    changes
        .create(CENTRAL, new NewUnit(id, parentId, "PARTY_CELL", "Chi bộ " + id, "CB"), FOUNDED)
        .block();
    return id;
  }

  WebTestClient.RequestHeadersSpec<?> get(String uri, TokenSpec token) {
    return web.get().uri(uri).headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)));
  }

  WebTestClient.ResponseSpec post(String uri, Object body, TokenSpec token) {
    return web.post()
        .uri(uri)
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)))
        .bodyValue(body)
        .exchange();
  }
}
