package vn.chidao.identity.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.contracts.Destinations;
import vn.chidao.testsupport.TestRabbit;

/**
 * At start-up the service publishes every unit and membership to RabbitMQ, into the durable queues
 * of the consumer groups (required-groups), where a consumer that starts later finds them.
 */
class OrgEventsIT extends IdentityIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Connection connection;

  @BeforeAll
  static void connect() throws Exception {
    connection = TestRabbit.get().newConnection("identity-events-it");
  }

  @AfterAll
  static void disconnect() throws Exception {
    connection.close();
  }

  @Test
  void every_unit_reaches_the_queue_of_a_consumer_group_that_never_connected() {
    String queue = TestRabbit.get().queue(Destinations.ORG_UNIT_CHANGED, "reporting-service");
    Map<String, JsonNode> byUnit = new HashMap<>();

    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              drain(queue, event -> byUnit.put(event.path("unitId").asString(), event));
              assertThat(byUnit).hasSize(15);
            });

    JsonNode commune = byUnit.get("dn-tranbien");
    assertThat(commune.path("path").asString()).isEqualTo("/tw/dong-nai/dn-tranbien/");
    assertThat(commune.path("tenant").asString()).isEqualTo("dong-nai");
    assertThat(commune.path("name").asString()).isEqualTo("Đảng ủy phường Trấn Biên");
    assertThat(commune.path("eventId").asString()).isNotBlank();
    assertThat(commune.path("occurredAt").asString()).isNotBlank();
  }

  @Test
  void every_membership_reaches_the_notification_service_queue() {
    String queue = TestRabbit.get().queue(Destinations.MEMBERSHIP_CHANGED, "notification-service");
    Map<String, JsonNode> byUser = new HashMap<>();

    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              drain(queue, event -> byUser.put(event.path("username").asString(), event));
              assertThat(byUser).hasSize(13);
            });

    JsonNode clerk = byUser.get("tranbien.vanthu");
    assertThat(clerk.path("unitId").asString()).isEqualTo("dn-tranbien");
    assertThat(clerk.path("email").asString()).isEqualTo("tranbien.vanthu@chidao.test");
    assertThat(clerk.path("displayName").asString())
        .isEqualTo("Văn thư — Đảng ủy phường Trấn Biên");
    assertThat(clerk.path("active").asBoolean()).isTrue();
  }

  /**
   * Takes every waiting message. A fresh channel each time: asking for a queue the producer has not
   * declared yet closes the channel, and Awaitility simply asks again.
   */
  private static void drain(String queue, Consumer<JsonNode> sink) throws Exception {
    try (Channel channel = connection.createChannel()) {
      for (GetResponse message = channel.basicGet(queue, true);
          message != null;
          message = channel.basicGet(queue, true)) {
        sink.accept(JSON.readTree(message.getBody()));
      }
    }
  }
}
