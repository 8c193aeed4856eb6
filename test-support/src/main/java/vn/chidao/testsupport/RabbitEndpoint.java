package vn.chidao.testsupport;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * A RabbitMQ broker for tests and the prefix this JVM's exchanges and queues carry, so that
 * parallel and repeated runs against one shared broker never see each other's messages.
 */
public record RabbitEndpoint(
    String host, int port, String username, String password, String prefix) {

  /** The name a destination has on the broker once the prefix is applied. */
  public String exchange(String destination) {
    return prefix + destination;
  }

  /** The durable queue Spring Cloud Stream declares for a consumer group of a destination. */
  public String queue(String destination, String group) {
    return prefix + destination + "." + group;
  }

  /** A plain AMQP connection to this broker, for a test to look into queues itself. */
  public Connection newConnection(String name) throws IOException, TimeoutException {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(host);
    factory.setPort(port);
    factory.setUsername(username);
    factory.setPassword(password);
    return factory.newConnection(name);
  }
}
