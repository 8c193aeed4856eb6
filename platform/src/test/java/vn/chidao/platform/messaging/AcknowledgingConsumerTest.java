package vn.chidao.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
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
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/** No Spring and no broker: the channel is a mock that records acks and rejects. */
class AcknowledgingConsumerTest {

  private static final long TAG = 42L;
  private static final int WAIT_MS = 2_000;

  private final Channel channel = mock(Channel.class);
  private final AtomicInteger calls = new AtomicInteger();

  @Test
  void a_handled_event_is_acknowledged() throws Exception {
    consumer(event -> Mono.just("stored")).accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicAck(TAG, false);
    verify(channel, never()).basicReject(anyLong(), anyBoolean());
    assertThat(calls).hasValue(1);
  }

  @Test
  void the_acknowledgement_waits_for_the_handler_and_the_listener_thread_does_not()
      throws Exception {
    Sinks.Empty<Void> stored = Sinks.empty();

    consumer(event -> stored.asMono()).accept(message("event"));

    verify(channel, never()).basicAck(anyLong(), anyBoolean());
    stored.tryEmitEmpty();
    verify(channel, timeout(WAIT_MS)).basicAck(TAG, false);
  }

  @Test
  void a_transient_failure_is_tried_again_and_then_acknowledged() throws Exception {
    consumer(
            event ->
                calls.get() < 2
                    ? Mono.error(new IllegalStateException("store unavailable"))
                    : Mono.empty())
        .accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicAck(TAG, false);
    verify(channel, never()).basicReject(anyLong(), anyBoolean());
    assertThat(calls).hasValue(2);
  }

  @Test
  void a_failing_handler_is_retried_then_the_event_is_rejected_to_the_dead_letter_queue()
      throws Exception {
    consumer(event -> Mono.error(new IllegalStateException("Mongo is down")))
        .accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicReject(TAG, false);
    verify(channel, never()).basicAck(anyLong(), anyBoolean());
    assertThat(calls).hasValue(3);
  }

  @Test
  void an_unusable_event_is_rejected_without_retrying() throws Exception {
    consumer(
            event -> {
              throw new UnusableEvent("no eventId");
            })
        .accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicReject(TAG, false);
    assertThat(calls).hasValue(1);
  }

  @Test
  void an_event_a_read_model_refuses_as_illegal_is_rejected_without_retrying() throws Exception {
    consumer(event -> Mono.error(new IllegalArgumentException("without unitId")))
        .accept(message("event"));

    verify(channel, timeout(WAIT_MS)).basicReject(TAG, false);
    verify(channel, never()).basicAck(anyLong(), anyBoolean());
    assertThat(calls).hasValue(1);
  }

  @Test
  void a_payload_that_could_not_be_read_is_rejected_without_reaching_the_handler()
      throws Exception {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Message<String> raw =
        (Message)
            MessageBuilder.withPayload("{không phải JSON".getBytes(StandardCharsets.UTF_8))
                .setHeader(AmqpHeaders.CHANNEL, channel)
                .setHeader(AmqpHeaders.DELIVERY_TAG, TAG)
                .build();

    consumer(event -> Mono.empty()).accept(raw);

    verify(channel, timeout(WAIT_MS)).basicReject(TAG, false);
    assertThat(calls).hasValue(0);
  }

  @Test
  void a_binding_without_manual_acknowledgement_is_a_configuration_error() {
    assertThatThrownBy(
            () ->
                consumer(event -> Mono.empty()).accept(MessageBuilder.withPayload("event").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MANUAL");
  }

  /** Two quick retries, so a failing handler is called three times in a few milliseconds. */
  private AcknowledgingConsumer<String> consumer(Function<String, Mono<?>> handler) {
    Function<String, Mono<?>> counted =
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
