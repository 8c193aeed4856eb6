package vn.chidao.testsupport;

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
}
