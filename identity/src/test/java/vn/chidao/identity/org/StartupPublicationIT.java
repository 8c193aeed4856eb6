package vn.chidao.identity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chidao.contracts.Destinations;
import vn.chidao.identity.IdentityApplication;
import vn.chidao.identity.org.application.ChangingDirectory;
import vn.chidao.identity.org.application.Publication;
import vn.chidao.identity.org.application.PublishingDirectory;
import vn.chidao.identity.org.model.NewUnit;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestMongo;
import vn.chidao.testsupport.TestRabbit;

/**
 * The whole directory goes out on the first start only: a restart over the same database sends
 * nothing again (a national directory is hundreds of thousands of events for every consumer), the
 * changes made after it still go out with their change sets, and {@code on-start: always} sends
 * everything again. Three real starts of the service over one database and one set of queues.
 */
class StartupPublicationIT {

  private static final int DEMO_UNITS = 15;
  private static final ChidaoUser CENTRE =
      new ChidaoUser("trunguong.quantri", "tw", "/tw/", "trung-uong", Set.of("central-admin"));

  private final String database = "chidao-identity-startup-" + System.nanoTime();
  private final RabbitEndpoint rabbit = isolated(TestRabbit.get());
  private final String unitQueue = rabbit.queue(Destinations.ORG_UNIT_CHANGED, "reporting-service");

  @Test
  void a_restart_publishes_only_what_changed_and_always_publishes_everything() throws Exception {
    try (Connection connection = connect()) {
      // Asking for a queue the first publication has not declared yet closes the channel, so every
      // drain opens its own.
      Publication first;
      try (ConfigurableApplicationContext service = start("auto")) {
        List<String> units = awaitUnitEvents(connection, DEMO_UNITS);
        assertThat(units).hasSize(DEMO_UNITS);
        first = awaitMark(service);
        assertThat(first.units()).isEqualTo(DEMO_UNITS);
        assertThat(first.memberships()).isPositive();
      }

      try (ConfigurableApplicationContext service = start("auto")) {
        // A change made after the restart is the only unit event of this start.
        String id = "restart-" + System.nanoTime();
        service
            .getBean(ChangingDirectory.class)
            .create(
                CENTRE,
                new NewUnit(id, "dn-xuanloc", "PARTY_CELL", "Chi bộ ấp Bình Lộc", "CB"),
                LocalDate.of(2025, 10, 3))
            .block();
        List<String> events = awaitUnitEvents(connection, 1);
        await()
            .during(Duration.ofSeconds(3))
            .atMost(Duration.ofSeconds(10))
            .until(() -> drain(connection, events).size() == 1);
        assertThat(events.get(0)).contains("\"unitId\":\"" + id + "\"");
        assertThat(service.getBean(PublishingDirectory.class).lastComplete().block())
            .isEqualTo(first);
      }

      try (ConfigurableApplicationContext service = start("always")) {
        assertThat(awaitUnitEvents(connection, DEMO_UNITS + 1)).hasSize(DEMO_UNITS + 1);
        Publication again = awaitMark(service, first);
        assertThat(again.units()).isEqualTo(DEMO_UNITS + 1);
      }
    }
  }

  private ConfigurableApplicationContext start(String onStart) {
    Map<String, Object> properties = new HashMap<>(ChidaoTestProperties.isolation(rabbit));
    properties.put("server.port", 0);
    properties.put("spring.mongodb.uri", TestMongo.uri());
    properties.put("spring.mongodb.database", database);
    properties.put("logging.level.org.mongodb.driver", "WARN");
    properties.put("logging.level.de.bwaldvogel.mongo", "WARN");
    properties.put("spring.rabbitmq.host", rabbit.host());
    properties.put("spring.rabbitmq.port", rabbit.port());
    properties.put("spring.rabbitmq.username", rabbit.username());
    properties.put("spring.rabbitmq.password", rabbit.password());
    properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer().issuer());
    properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer().jwkSetUri());
    properties.put("chidao.org.publication.on-start", onStart);
    // As arguments: default properties would lose to application.yml's own values.
    String[] arguments =
        properties.entrySet().stream()
            .map(property -> "--" + property.getKey() + "=" + property.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(IdentityApplication.class).run(arguments);
  }

  private static LocalJwtIssuer issuer() {
    return LocalJwtIssuer.shared();
  }

  private static Publication awaitMark(ConfigurableApplicationContext service) {
    return awaitMark(service, null);
  }

  private static Publication awaitMark(ConfigurableApplicationContext service, Publication older) {
    PublishingDirectory publishing = service.getBean(PublishingDirectory.class);
    Publication[] mark = new Publication[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              mark[0] = publishing.lastComplete().block();
              return mark[0] != null && !mark[0].equals(older);
            });
    return mark[0];
  }

  /** Unit events until at least {@code count} arrived, keyed by nothing: every event counts. */
  private List<String> awaitUnitEvents(Connection connection, int count) {
    List<String> events = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .until(() -> drain(connection, events).size() >= count);
    return events;
  }

  private List<String> drain(Connection connection, List<String> into) throws Exception {
    try (Channel channel = connection.createChannel()) {
      for (GetResponse message = channel.basicGet(unitQueue, true);
          message != null;
          message = channel.basicGet(unitQueue, true)) {
        into.add(new String(message.getBody(), StandardCharsets.UTF_8));
      }
    }
    return into;
  }

  private static RabbitEndpoint isolated(RabbitEndpoint shared) {
    return new RabbitEndpoint(
        shared.host(),
        shared.port(),
        shared.username(),
        shared.password(),
        shared.prefix() + "startup" + System.nanoTime() + ".");
  }

  private Connection connect() throws Exception {
    return rabbit.newConnection("identity-startup-publication-it");
  }
}
