package vn.chidao.identity;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The organisation directory: units, memberships and the org events other services copy. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

  public static void main(String[] args) {
    SpringApplication.run(IdentityApplication.class, args);
  }

  /** One clock for every timestamp the service writes, so tests can pin time if they need to. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
