package vn.chidao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RabbitBrokerIT {

  @Test
  void messages_travel_through_the_real_broker_under_this_runs_prefix() throws Exception {
    RabbitEndpoint rabbit = TestRabbit.get();
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(rabbit.host());
    factory.setPort(rabbit.port());
    factory.setUsername(rabbit.username());
    factory.setPassword(rabbit.password());
    try (Connection connection = factory.newConnection();
        Channel channel = connection.createChannel()) {
      String exchange = rabbit.exchange("chidao.test");
      String queue = rabbit.queue("chidao.test", "probe");
      channel.exchangeDeclare(exchange, "topic", false, true, null);
      channel.queueDeclare(queue, false, false, true, null);
      channel.queueBind(queue, exchange, "#");

      channel.basicPublish(exchange, "", null, "Văn bản mới".getBytes(StandardCharsets.UTF_8));

      GetResponse received = null;
      for (int attempt = 0; attempt < 50 && received == null; attempt++) {
        received = channel.basicGet(queue, true);
      }
      assertThat(received).isNotNull();
      assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).isEqualTo("Văn bản mới");
      assertThat(exchange).startsWith(rabbit.prefix()).isNotEqualTo("chidao.test");
      channel.queueDelete(queue);
      channel.exchangeDelete(exchange);
    }
  }
}
