package vn.chidao.directive;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Directives down the organisation tree: issue, store, announce. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DirectiveServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(DirectiveServiceApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
