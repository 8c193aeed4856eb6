package vn.chidao.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * RabbitMQ for tests, one per JVM: a {@code rabbitmq:4} container when a Docker engine answers,
 * otherwise the broker at {@code RABBITMQ_HOST}:{@code RABBITMQ_PORT} (default 127.0.0.1:5672,
 * guest/guest). Isolation comes from a random per-JVM prefix on every exchange and queue (see
 * {@link ChidaoTestProperties#rabbit}); queues also expire when unused, so runs leave no litter.
 */
public final class TestRabbit {

  private static volatile RabbitEndpoint endpoint;
  private static volatile RabbitMQContainer container;

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

  /**
   * Restarts the broker application the way an operator's restart does: every connection is
   * dropped, unacknowledged messages go back to their durable queues, and the broker accepts
   * connections again when this returns. The container's {@code rabbitmqctl}, or the local one for
   * a broker on this machine; anything else cannot be restarted from here and fails.
   */
  public static void restart() {
    RabbitEndpoint broker = get();
    try {
      if (container != null) {
        container.execInContainer("rabbitmqctl", "stop_app");
        container.execInContainer("rabbitmqctl", "start_app");
      } else {
        if (!"127.0.0.1".equals(broker.host()) && !"localhost".equals(broker.host())) {
          throw new IllegalStateException("cannot restart the remote broker " + broker.host());
        }
        rabbitmqctl("stop_app");
        rabbitmqctl("start_app");
      }
    } catch (IOException e) {
      throw new IllegalStateException("restarting RabbitMQ failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while restarting RabbitMQ", e);
    }
  }

  private static void rabbitmqctl(String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("rabbitmqctl", command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("rabbitmqctl " + command + " failed: " + output);
    }
  }

  @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' Ryuk reaps it
  private static RabbitEndpoint startContainer() {
    RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4-management");
    container.start();
    TestRabbit.container = container;
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
