package vn.chidao.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidao.testsupport.ChidaoTestProperties;

/**
 * The whole service on a random port against the shared test MongoDB, the real RabbitMQ (with this
 * JVM's prefix) and the local JWT issuer. Integration tests extend it so they share one context.
 * The scheduled jobs are slowed down so tests run them when they mean to. Public so that tests of
 * package-private beans can sit in their package.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "chidao.reporting.schedule.roll-over=1h",
      "chidao.reporting.schedule.deadline-sweep=1h",
      "chidao.reporting.outbox.relay-interval=1s",
      "chidao.reporting.outbox.min-age=1s"
    })
@AutoConfigureWebTestClient
@Import(RunningReportingService.Clocks.class)
public abstract class RunningReportingService {

  static final String DATABASE = "chidao-reporting-it";

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.mongo(registry, DATABASE);
    ChidaoTestProperties.rabbit(registry);
    ChidaoTestProperties.jwt(registry);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Clocks {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
