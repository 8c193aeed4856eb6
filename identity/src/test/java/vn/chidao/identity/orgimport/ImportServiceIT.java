package vn.chidao.identity.orgimport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestRabbit;

/**
 * The service with its own database, its own RabbitMQ prefix and RabbitMQ reached through a {@link
 * TcpProxy} the tests can take down. The national tree imported here would otherwise show up in the
 * other contexts' searches and counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class ImportServiceIT {

  static final TcpProxy BROKER = TcpProxy.to(TestRabbit.get().host(), TestRabbit.get().port());

  static RabbitEndpoint rabbit() {
    RabbitEndpoint shared = TestRabbit.get();
    return new RabbitEndpoint(
        "127.0.0.1",
        BROKER.port(),
        shared.username(),
        shared.password(),
        shared.prefix() + "import.");
  }

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.mongo(registry, "chidao-identity-import-it");
    RabbitEndpoint rabbit = rabbit();
    registry.add("spring.rabbitmq.host", rabbit::host);
    registry.add("spring.rabbitmq.port", rabbit::port);
    registry.add("spring.rabbitmq.username", rabbit::username);
    registry.add("spring.rabbitmq.password", rabbit::password);
    ChidaoTestProperties.isolation(rabbit)
        .forEach((name, value) -> registry.add(name, () -> value));
    ChidaoTestProperties.jwt(registry);
    registry.add("chidao.org.relay.period", () -> "2s");
  }
}
