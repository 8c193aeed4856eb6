package vn.chidao.identity.org;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidao.testsupport.ChidaoTestProperties;

/**
 * The whole service against the MongoDB wire protocol, RabbitMQ and local JWTs. Integration tests
 * extend this so they share one application context (one start-up, one seeding, one publication).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class IdentityIT {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.mongo(registry, "chidao-identity-it");
    ChidaoTestProperties.rabbit(registry);
    ChidaoTestProperties.jwt(registry);
  }
}
