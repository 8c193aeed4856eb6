package vn.chidao.platform.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps Reactor Netty on the NIO transport. Its io_uring transport (Netty 4.2.15) sometimes never
 * delivers the response to a second request on a reused keep-alive connection (netty/netty#17049):
 * seen here as a first request stalled behind a JWKS fetch. The property must be set before any
 * Reactor Netty class loads, hence at environment preparation. {@code -Dreactor.netty.native=true}
 * (or any explicit value) still wins.
 */
public class NioTransport implements EnvironmentPostProcessor {

  static final String PROPERTY = "reactor.netty.native";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "false");
    }
  }
}
