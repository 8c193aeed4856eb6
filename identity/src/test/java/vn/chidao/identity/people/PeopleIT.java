package vn.chidao.identity.people;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.Destinations;
import vn.chidao.identity.org.application.ChangingDirectory;
import vn.chidao.identity.org.model.NewUnit;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.KeycloakAdmin;
import vn.chidao.testsupport.KeycloakEndpoint;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestKeycloak;
import vn.chidao.testsupport.TestRabbit;
import vn.chidao.testsupport.TokenSpec;

/**
 * The service with its own database and RabbitMQ prefix (its people and events never reach the
 * tests that count the seeded directory), provisioning into the real test Keycloak as the realm's
 * {@code chidao-identity} service account. API calls carry local JWTs; accounts are checked in
 * Keycloak itself.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "chidao.people.relay-period=2s")
@AutoConfigureWebTestClient
public abstract class PeopleIT {

  protected static final java.time.LocalDate FOUNDED = java.time.LocalDate.of(2025, 8, 1);

  protected static final TokenSpec CENTRAL_ADMIN =
      TokenSpec.of("trunguong.quantri", "tw", "/tw/", "trung-uong", "central-admin", "member");
  protected static final TokenSpec PROVINCE_ADMIN =
      TokenSpec.of(
          "tinhuy.quantri", "dong-nai", "/tw/dong-nai/", "dong-nai", "province-admin", "member");
  protected static final TokenSpec UNIT_ADMIN =
      TokenSpec.of(
          "tranbien.quantri",
          "dn-tranbien",
          "/tw/dong-nai/dn-tranbien/",
          "dong-nai",
          "unit-admin",
          "member");
  protected static final TokenSpec CLERK =
      TokenSpec.of("tinhuy.vanthu", "dong-nai", "/tw/dong-nai/", "dong-nai", "issuer", "member");
  protected static final TokenSpec OTHER_PROVINCE_ADMIN =
      TokenSpec.of(
          "quangngai.quantri",
          "quang-ngai",
          "/tw/quang-ngai/",
          "quang-ngai",
          "province-admin",
          "member");

  private static final ChidaoUser CENTRAL =
      new ChidaoUser(
          "trunguong.quantri", "tw", "/tw/", "trung-uong", java.util.Set.of("central-admin"));
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** Usernames are unique per test JVM run: the shared Keycloak outlives it. */
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000, 36);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Connection rabbitConnection;
  private static Keycloak keycloakAdmin;

  @Autowired protected WebTestClient web;
  @Autowired ChangingDirectory changes;

  @BeforeEach
  void patientClient() {
    web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  protected static RabbitEndpoint rabbit() {
    RabbitEndpoint shared = TestRabbit.get();
    return new RabbitEndpoint(
        shared.host(),
        shared.port(),
        shared.username(),
        shared.password(),
        shared.prefix() + "people.");
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.mongo(registry, "chidao-identity-people-it");
    RabbitEndpoint rabbit = rabbit();
    registry.add("spring.rabbitmq.host", rabbit::host);
    registry.add("spring.rabbitmq.port", rabbit::port);
    registry.add("spring.rabbitmq.username", rabbit::username);
    registry.add("spring.rabbitmq.password", rabbit::password);
    ChidaoTestProperties.isolation(rabbit)
        .forEach((name, value) -> registry.add(name, () -> value));
    ChidaoTestProperties.jwt(registry);
    registry.add("chidao.keycloak.admin.server-url", () -> TestKeycloak.get().baseUrl());
  }

  @AfterAll
  static void closeClients() throws Exception {
    if (rabbitConnection != null) {
      rabbitConnection.close();
      rabbitConnection = null;
    }
  }

  protected static KeycloakEndpoint keycloak() {
    return TestKeycloak.get();
  }

  /** The test Keycloak's master administrator, through the same admin client the service uses. */
  protected static synchronized Keycloak keycloakAdmin() {
    if (keycloakAdmin == null) {
      KeycloakAdmin admin = TestKeycloak.admin();
      keycloakAdmin =
          KeycloakBuilder.builder()
              .serverUrl(admin.baseUrl())
              .realm(KeycloakAdmin.REALM)
              .grantType(OAuth2Constants.PASSWORD)
              .clientId(KeycloakAdmin.CLIENT)
              .username(admin.username())
              .password(admin.password())
              .build();
    }
    return keycloakAdmin;
  }

  /** The chidao realm's user, as Keycloak has it now; null when there is none. */
  protected static UserRepresentation keycloakUser(String username) {
    List<UserRepresentation> found =
        keycloakAdmin().realm("chidao").users().searchByUsername(username, true);
    return found.isEmpty()
        ? null
        : keycloakAdmin().realm("chidao").users().get(found.get(0).getId()).toRepresentation();
  }

  protected static List<String> realmRoles(String username) {
    UserRepresentation user = keycloakUser(username);
    return keycloakAdmin()
        .realm("chidao")
        .users()
        .get(user.getId())
        .roles()
        .realmLevel()
        .listAll()
        .stream()
        .map(role -> role.getName())
        .sorted()
        .toList();
  }

  /** A username nobody used before, in Keycloak either. */
  protected static String freshUsername(String stem) {
    return stem + "." + RUN + "." + NEXT.incrementAndGet();
  }

  protected static String freshUnitId(String stem) {
    return stem + "-" + RUN + "-" + NEXT.incrementAndGet();
  }

  /** Founds a party cell as the central admin, through the use case the API calls. */
  protected String found(String parentId) {
    String id = freshUnitId("p");
    changes
        .create(CENTRAL, new NewUnit(id, parentId, "PARTY_CELL", "Chi bộ " + id, "CB"), FOUNDED)
        .block();
    return id;
  }

  protected WebTestClient.ResponseSpec get(String uri, TokenSpec token) {
    return web.get()
        .uri(uri)
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)))
        .exchange();
  }

  protected WebTestClient.ResponseSpec post(String uri, Object body, TokenSpec token) {
    return web.post()
        .uri(uri)
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)))
        .bodyValue(body)
        .exchange();
  }

  protected WebTestClient.ResponseSpec put(String uri, Object body, TokenSpec token) {
    return web.put()
        .uri(uri)
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)))
        .bodyValue(body)
        .exchange();
  }

  protected WebTestClient.ResponseSpec delete(String uri, TokenSpec token) {
    return web.delete()
        .uri(uri)
        .headers(h -> h.setBearerAuth(LocalJwtIssuer.shared().token(token)))
        .exchange();
  }

  /** Joins a person to a unit as the central admin; returns the username. */
  protected String join(
      String unitId, String username, String email, String position, String... roles) {
    post(
            "/api/org/units/" + unitId + "/members",
            Map.of(
                "username",
                username,
                "email",
                email,
                "position",
                position,
                "roles",
                List.of(roles)),
            CENTRAL_ADMIN)
        .expectStatus()
        .isCreated();
    return username;
  }

  /** Every MembershipChanged waiting in notification-service's queue for this test context. */
  protected static List<JsonNode> drainMembershipEvents() throws Exception {
    String queue = rabbit().queue(Destinations.MEMBERSHIP_CHANGED, "notification-service");
    List<JsonNode> events = new ArrayList<>();
    try (Channel channel = rabbitConnection().createChannel()) {
      for (GetResponse message = channel.basicGet(queue, true);
          message != null;
          message = channel.basicGet(queue, true)) {
        events.add(JSON.readTree(message.getBody()));
      }
    }
    return events;
  }

  private static synchronized Connection rabbitConnection() throws Exception {
    if (rabbitConnection == null) {
      rabbitConnection = rabbit().newConnection("identity-people-it");
    }
    return rabbitConnection;
  }
}
