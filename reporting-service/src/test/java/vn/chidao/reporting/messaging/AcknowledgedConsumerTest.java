package vn.chidao.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class AcknowledgedConsumerTest {

  record Ping(String id) {}

  final Channel channel = mock(Channel.class);
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aHandledMessageIsAcknowledgedAfterItsHandlerCompletes() throws IOException {
    run(ping -> Mono.just(ping.id()), message(1, "{\"id\":\"a\"}"));

    verify(channel).basicAck(1, false);
    verify(channel, never()).basicReject(1, false);
  }

  @Test
  void anUnreadablePayloadIsRejectedAtOnceAndTheNextMessageIsStillHandled() throws IOException {
    AtomicInteger calls = new AtomicInteger();

    run(
        ping -> Mono.fromRunnable(calls::incrementAndGet),
        message(1, "{không phải JSON"),
        message(2, "{\"id\":\"b\"}"));

    verify(channel).basicReject(1, false);
    verify(channel).basicAck(2, false);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aRefusedEventIsRejectedWithoutRetrying() throws IOException {
    AtomicInteger calls = new AtomicInteger();

    run(
        ping ->
            Mono.defer(
                () -> {
                  calls.incrementAndGet();
                  return Mono.error(new IllegalArgumentException("no id"));
                }),
        message(1, "{\"id\":null}"));

    verify(channel).basicReject(1, false);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aTransientFailureIsTriedAgainAndThenAcknowledged() throws IOException {
    AtomicInteger calls = new AtomicInteger();

    run(
        ping ->
            Mono.defer(
                () ->
                    calls.incrementAndGet() < 3
                        ? Mono.error(new IllegalStateException("store unavailable"))
                        : Mono.just("stored")),
        message(1, "{\"id\":\"c\"}"));

    verify(channel).basicAck(1, false);
    assertThat(calls).hasValue(3);
  }

  @Test
  void aFailureThatPersistsEndsInTheDeadLetterQueue() throws IOException {
    run(
        ping -> Mono.error(new IllegalStateException("store unavailable")),
        message(1, "{\"id\":\"d\"}"));

    verify(channel).basicReject(1, false);
    verify(channel, never()).basicAck(1, false);
  }

  @SafeVarargs
  private void run(Function<Ping, Mono<?>> handler, Message<byte[]>... messages) {
    // Virtual time: the retry back-off would otherwise make this test wait for real.
    StepVerifier.withVirtualTime(
            () -> AcknowledgedConsumer.of(Ping.class, json, handler).apply(Flux.just(messages)))
        .thenAwait(Duration.ofMinutes(1))
        .verifyComplete();
  }

  private Message<byte[]> message(long deliveryTag, String payload) {
    return MessageBuilder.withPayload(payload.getBytes(StandardCharsets.UTF_8))
        .setHeader(AmqpHeaders.CHANNEL, channel)
        .setHeader(AmqpHeaders.DELIVERY_TAG, deliveryTag)
        .build();
  }
}
