package vn.chidao.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidao.testsupport.ChidaoTestProperties;

/**
 * The whole service on a random port against the shared test MongoDB, the real RabbitMQ (with this
 * JVM's prefix) and the local JWT issuer. Integration tests extend it so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class RunningReportingService {

  static final String DATABASE = "chidao-reporting-it";

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.mongo(registry, DATABASE);
    ChidaoTestProperties.rabbit(registry);
    ChidaoTestProperties.jwt(registry);
  }
}
