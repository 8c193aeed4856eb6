package vn.chidao.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.testsupport.TestRabbit;

/**
 * What reporting-service published, read from notification-service's durable queues (declared by
 * the producer's required groups) as notification-service would read them. Messages are kept in a
 * buffer shared by the tests of this JVM, so one test draining a queue loses nothing for another.
 */
final class PublishedEvents {

  private static final Map<String, List<JsonNode>> SEEN = new ConcurrentHashMap<>();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PublishedEvents() {}

  /** Every event seen so far on {@code destination}'s notification-service queue. */
  static synchronized List<JsonNode> on(ConnectionFactory rabbit, String destination) {
    String queue = TestRabbit.get().queue(destination, "notification-service");
    List<JsonNode> seen = SEEN.computeIfAbsent(queue, q -> new CopyOnWriteArrayList<>());
    RabbitTemplate template = new RabbitTemplate(rabbit);
    Message message;
    while ((message = template.receive(queue)) != null) {
      seen.add(JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8)));
    }
    return List.copyOf(seen);
  }

  /**
   * The distinct events (by event id, as a consumer dedupes them) about a directive: delivery is at
   * least once, so the outbox relay may publish an event a second time after a slow confirm.
   */
  static List<JsonNode> ofDirective(ConnectionFactory rabbit, String destination, String id) {
    Map<String, JsonNode> distinct = new java.util.LinkedHashMap<>();
    on(rabbit, destination).stream()
        .filter(e -> id.equals(e.path("period").path("directiveId").asString()))
        .forEach(e -> distinct.putIfAbsent(e.path("eventId").asString(), e));
    return List.copyOf(distinct.values());
  }
}
