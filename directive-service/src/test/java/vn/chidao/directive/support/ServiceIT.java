package vn.chidao.directive.support;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.directive.org.UnitReadCopy;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.TestMongo;

/**
 * The whole service on a random port against the test infrastructure: MongoDB wire protocol
 * (TestMongo), the real RabbitMQ with this run's prefix (TestRabbit), tokens of the local issuer.
 * Subclasses with the same configuration share one running application.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.mongodb.database=chidao-directives-it")
@AutoConfigureWebTestClient
public abstract class ServiceIT {

  protected static final Duration BROKER_WAIT = Duration.ofSeconds(15);

  @Autowired protected WebTestClient web;
  @Autowired protected ReactiveMongoTemplate mongo;
  @Autowired protected UnitReadCopy units;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    // The database name comes from @SpringBootTest so that a subclass can have its own.
    registry.add("spring.mongodb.uri", TestMongo::uri);
    ChidaoTestProperties.rabbit(registry);
    ChidaoTestProperties.jwt(registry);
  }

  /** The first request of a fresh application on two busy cores can take longer than 5 s. */
  @BeforeEach
  void bePatient() {
    web = web.mutate().responseTimeout(BROKER_WAIT).build();
  }

  /** The demo tree in the read copy; re-applying it is a no-op (same occurredAt). */
  @BeforeEach
  void seedDemoTree() {
    DemoUnits.TREE.forEach(change -> units.apply(change).block(BROKER_WAIT));
  }
}
