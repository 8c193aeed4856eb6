package vn.chidao.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Reporting: obligations of units to report, their submissions and roll-ups. Keeps its own read
 * copies of the org tree and of issued directives, fed by events, and never reads another service's
 * database.
 */
@SpringBootApplication
public class ReportingApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReportingApplication.class, args);
  }
}
