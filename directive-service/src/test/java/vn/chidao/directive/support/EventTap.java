package vn.chidao.directive.support;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestRabbit;

/**
 * A test's own view of the broker, independent of the service's binder: a private queue bound to an
 * event's (prefixed) exchange to see what the service really published, and a way to publish events
 * to the service as another service would.
 */
public final class EventTap implements AutoCloseable {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  /** A message as it left the broker. */
  public record Received(String contentType, String messageId, String body) {
    public <T> T as(Class<T> type) {
      return JSON.readValue(body, type);
    }
  }

  private final RabbitEndpoint rabbit = TestRabbit.get();
  private final Connection connection;
  private final Channel channel;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  private EventTap() throws IOException, TimeoutException {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(rabbit.host());
    factory.setPort(rabbit.port());
    factory.setUsername(rabbit.username());
    factory.setPassword(rabbit.password());
    this.connection = factory.newConnection("directive-service-test-tap");
    this.channel = connection.createChannel();
  }

  /** Only connects; for publishing and inspecting queues. */
  public static EventTap connect() throws IOException, TimeoutException {
    return new EventTap();
  }

  /** Receives every message published to {@code destination} from now on. */
  public static EventTap listen(String destination) throws IOException, TimeoutException {
    EventTap tap = new EventTap();
    String queue = tap.channel.queueDeclare("", false, true, true, null).getQueue();
    tap.channel.queueBind(queue, tap.rabbit.exchange(destination), "#");
    tap.channel.basicConsume(
        queue,
        true,
        (tag, delivery) ->
            tap.received.add(
                new Received(
                    delivery.getProperties().getContentType(),
                    delivery.getProperties().getMessageId(),
                    new String(delivery.getBody(), StandardCharsets.UTF_8))),
        tag -> {});
    return tap;
  }

  /** The next message, waiting at most {@code timeout}; null when none came. */
  public Received next(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Publishes JSON to {@code destination} the way a Spring Cloud Stream producer would. */
  public void publish(String destination, String json) throws IOException {
    AMQP.BasicProperties properties =
        new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
    channel.basicPublish(
        rabbit.exchange(destination),
        destination,
        properties,
        json.getBytes(StandardCharsets.UTF_8));
  }

  /** Messages waiting in a queue of this run, or -1 when it does not exist. */
  public long messageCount(String queue) {
    try (Channel probe = connection.createChannel()) {
      return probe.queueDeclarePassive(queue).getMessageCount();
    } catch (IOException | TimeoutException e) {
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }
}
