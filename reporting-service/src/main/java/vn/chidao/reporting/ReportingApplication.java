package vn.chidao.reporting;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reporting: obligations of units to report, their submissions and roll-ups. Keeps its own read
 * copies of the org tree and of issued directives, fed by events, and never reads another service's
 * database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReportingApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReportingApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
