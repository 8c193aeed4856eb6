package vn.chidao.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.rabbitmq.client.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

class AcknowledgingConsumerTest {

  private static final long TAG = 42L;
  private static final int WAIT_MS = 2_000;

  private final Channel channel = mock(Channel.class);
  private final AtomicInteger calls = new AtomicInteger();

  @Test
  void a_handled_event_is_acknowledged() throws Exception {
    consumer(event -> Mono.fromRunnable(calls::incrementAndGet)).accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicAck(TAG, false);
    verify(channel, never()).basicReject(TAG, false);
  }

  @Test
  void a_failing_handler_is_retried_then_the_event_is_rejected_to_the_dead_letter_queue()
      throws Exception {
    consumer(event -> Mono.error(new IllegalStateException("Mongo is down")))
        .accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicReject(TAG, false);
    verify(channel, never()).basicAck(TAG, false);
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void an_unusable_event_is_rejected_without_retrying() throws Exception {
    consumer(
            event -> {
              throw new UnusableEvent("no eventId");
            })
        .accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicReject(TAG, false);
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void a_payload_that_could_not_be_read_is_rejected_without_reaching_the_handler()
      throws Exception {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Message<String> raw =
        (Message)
            MessageBuilder.withPayload("{broken".getBytes(StandardCharsets.UTF_8))
                .setHeader(AmqpHeaders.CHANNEL, channel)
                .setHeader(AmqpHeaders.DELIVERY_TAG, TAG)
                .build();

    consumer(event -> Mono.fromRunnable(calls::incrementAndGet)).accept(raw);

    verify(channel, timeout(WAIT_MS)).basicReject(TAG, false);
    assertThat(calls.get()).isZero();
  }

  @Test
  void a_binding_without_manual_acknowledgement_is_a_configuration_error() {
    assertThatThrownBy(
            () ->
                consumer(event -> Mono.empty()).accept(MessageBuilder.withPayload("event").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MANUAL");
  }

  private AcknowledgingConsumer<String> consumer(Function<String, Mono<Void>> handler) {
    Function<String, Mono<Void>> counted =
        event -> {
          calls.incrementAndGet();
          return handler.apply(event);
        };
    return new AcknowledgingConsumer<>(
        "test", String.class, counted, Retry.backoff(2, Duration.ofMillis(1)));
  }

  private Message<String> message(String payload) {
    return MessageBuilder.withPayload(payload)
        .setHeader(AmqpHeaders.CHANNEL, channel)
        .setHeader(AmqpHeaders.DELIVERY_TAG, TAG)
        .build();
  }
}
