package vn.chidao.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * RabbitMQ for tests, one per JVM: a {@code rabbitmq:4} container when a Docker engine answers,
 * otherwise the broker at {@code RABBITMQ_HOST}:{@code RABBITMQ_PORT} (default 127.0.0.1:5672,
 * guest/guest). Isolation comes from a random per-JVM prefix on every exchange and queue (see
 * {@link ChidaoTestProperties#rabbit}); queues also expire when unused, so runs leave no litter.
 */
public final class TestRabbit {

  private static volatile RabbitEndpoint endpoint;

  private TestRabbit() {}

  public static RabbitEndpoint get() {
    if (endpoint == null) {
      synchronized (TestRabbit.class) {
        if (endpoint == null) {
          endpoint = Docker.available() ? startContainer() : local();
        }
      }
    }
    return endpoint;
  }

  private static String newPrefix() {
    return "t" + UUID.randomUUID().toString().substring(0, 8) + ".";
  }

  @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' Ryuk reaps it
  private static RabbitEndpoint startContainer() {
    RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4-management");
    container.start();
    return new RabbitEndpoint(
        container.getHost(),
        container.getAmqpPort(),
        container.getAdminUsername(),
        container.getAdminPassword(),
        newPrefix());
  }

  private static RabbitEndpoint local() {
    String host = env("RABBITMQ_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("RABBITMQ_PORT", "5672"));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 2000);
    } catch (IOException e) {
      throw new IllegalStateException(
          "No Docker engine and no RabbitMQ at "
              + host
              + ":"
              + port
              + ". Start one: `rabbitmq-server -detached` (Debian package rabbitmq-server), or"
              + " set RABBITMQ_HOST/RABBITMQ_PORT.",
          e);
    }
    return new RabbitEndpoint(
        host,
        port,
        env("RABBITMQ_USERNAME", "guest"),
        env("RABBITMQ_PASSWORD", "guest"),
        newPrefix());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
