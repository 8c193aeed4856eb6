package vn.chidao.notification.push.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.RetrySchedule;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushHeaders;
import vn.chidao.notification.push.model.PushOutcome;
import vn.chidao.notification.push.model.PushRequest;
import vn.chidao.notification.push.model.PushTarget;

/**
 * The dispatcher against an in-memory log, scripted push service answers and a hand-moved clock.
 */
class PushDispatcherTest {

  private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");
  private static final PushTarget PHONE =
      new PushTarget("sub-1", "vanthu", "https://push.example/1", "p256dh", "auth");

  private final MovableClock clock = new MovableClock();
  private final InMemoryPushLog log = new InMemoryPushLog();
  private final Deque<PushOutcome> answers = new ArrayDeque<>();
  private final List<String> removedSubscriptions = new ArrayList<>();
  private final List<String> sentTo = new ArrayList<>();

  private final PushDispatcher dispatcher =
      new PushDispatcher(
          log,
          delivery -> {
            sentTo.add(delivery.target().id());
            return Mono.just(answers.isEmpty() ? new PushOutcome.Delivered() : answers.poll());
          },
          new PushSubscriptions() {
            @Override
            public Flux<PushTarget> of(Collection<String> usernames) {
              return Flux.empty();
            }

            @Override
            public Mono<Void> remove(String subscriptionId) {
              return Mono.fromRunnable(() -> removedSubscriptions.add(subscriptionId));
            }
          },
          new RetrySchedule(
              5, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(2)),
          new PushDispatchSettings(100, 8, Duration.ofSeconds(15)),
          clock);

  private void queue(Duration ttl) {
    log.queue(
            List.of(
                new PushRequest(
                    "evt-1",
                    "dong-nai",
                    "unit-1",
                    PHONE,
                    "{}",
                    new PushHeaders(ttl, "high", null))),
            clock.instant())
        .block();
  }

  private PushDelivery entry() {
    return log.entries.values().iterator().next();
  }

  @Test
  void a_delivered_push_is_recorded_sent_and_not_sent_again() {
    queue(Duration.ofHours(4));

    dispatcher.dispatchDue().block();
    dispatcher.dispatchDue().block();

    assertThat(entry().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sentTo).containsExactly("sub-1");
  }

  @Test
  void retry_after_longer_than_the_back_off_is_honoured() {
    queue(Duration.ofHours(4));
    answers.add(
        new PushOutcome.TryLater("push service answered 429", Optional.of(Duration.ofMinutes(5))));

    dispatcher.dispatchDue().block();
    assertThat(entry().status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(entry().nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));

    clock.now = START.plus(Duration.ofMinutes(4));
    dispatcher.dispatchDue().block();
    assertThat(sentTo).hasSize(1);

    clock.now = START.plus(Duration.ofMinutes(5));
    dispatcher.dispatchDue().block();
    assertThat(sentTo).hasSize(2);
    assertThat(entry().status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void without_retry_after_a_server_error_is_retried_after_the_back_off() {
    queue(Duration.ofHours(4));
    answers.add(new PushOutcome.TryLater("push service answered 503", Optional.empty()));

    dispatcher.dispatchDue().block();

    assertThat(entry().nextAttemptAt()).isEqualTo(START.plus(Duration.ofSeconds(30)));
    assertThat(entry().status()).isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void a_gone_browser_is_forgotten_and_the_push_given_up_with_the_reason() {
    queue(Duration.ofHours(4));
    answers.add(new PushOutcome.Gone("410: subscription no longer exists, removed"));

    dispatcher.dispatchDue().block();

    assertThat(entry().status()).isEqualTo(DeliveryStatus.GAVE_UP);
    assertThat(log.reasons)
        .containsEntry(entry().id(), "410: subscription no longer exists, removed");
    assertThat(removedSubscriptions).containsExactly("sub-1");
  }

  @Test
  void a_refused_push_is_not_retried() {
    queue(Duration.ofHours(4));
    answers.add(new PushOutcome.Refused("push service refused with 400"));

    dispatcher.dispatchDue().block();
    clock.now = START.plus(Duration.ofHours(1));
    dispatcher.dispatchDue().block();

    assertThat(entry().status()).isEqualTo(DeliveryStatus.GAVE_UP);
    assertThat(sentTo).hasSize(1);
    assertThat(removedSubscriptions).isEmpty();
  }

  @Test
  void a_push_whose_ttl_ran_out_while_waiting_is_given_up_unsent() {
    queue(Duration.ofMinutes(10));
    answers.add(
        new PushOutcome.TryLater("push service answered 429", Optional.of(Duration.ofMinutes(30))));

    dispatcher.dispatchDue().block();

    assertThat(entry().status()).isEqualTo(DeliveryStatus.GAVE_UP);
    assertThat(log.reasons.get(entry().id())).contains("after the TTL");
    assertThat(sentTo).hasSize(1);
  }

  private static final class MovableClock extends Clock {
    volatile Instant now = START;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** The log's rules (conditional on status and attempts) in a map. */
  private static final class InMemoryPushLog implements PushLog {
    final Map<String, PushDelivery> entries = new LinkedHashMap<>();
    final Map<String, String> reasons = new LinkedHashMap<>();

    @Override
    public synchronized Mono<Void> queue(List<PushRequest> requests, Instant now) {
      for (PushRequest r : requests) {
        String id = r.eventId() + "/" + r.target().username() + "/" + r.target().id();
        entries.putIfAbsent(
            id,
            new PushDelivery(
                id,
                r.eventId(),
                r.target(),
                DeliveryStatus.QUEUED,
                0,
                now,
                now.plus(r.headers().ttl()),
                r.payload(),
                r.headers()));
      }
      return Mono.empty();
    }

    @Override
    public synchronized Flux<PushDelivery> due(Instant now, int limit) {
      return Flux.fromIterable(
          entries.values().stream()
              .filter(d -> d.status().isPending() && !d.nextAttemptAt().isAfter(now))
              .limit(limit)
              .toList());
    }

    @Override
    public synchronized Mono<PushDelivery> claim(
        PushDelivery delivery, Instant leaseUntil, Instant now) {
      if (!entries.get(delivery.id()).equals(delivery)) {
        return Mono.empty();
      }
      PushDelivery claimed = delivery.claimed(leaseUntil);
      entries.put(delivery.id(), claimed);
      return Mono.just(claimed);
    }

    @Override
    public Mono<Void> sent(PushDelivery claimed, Instant now) {
      return set(claimed, DeliveryStatus.SENT, null, null);
    }

    @Override
    public Mono<Void> failed(PushDelivery claimed, String reason, Instant retryAt, Instant now) {
      return set(claimed, DeliveryStatus.FAILED, reason, retryAt);
    }

    @Override
    public Mono<Void> gaveUp(PushDelivery claimed, String reason, Instant now) {
      return set(claimed, DeliveryStatus.GAVE_UP, reason, null);
    }

    @Override
    public Mono<Void> abandonOthers(
        String subscriptionId, String keepFor, String reason, Instant now) {
      return Mono.empty();
    }

    private synchronized Mono<Void> set(
        PushDelivery d, DeliveryStatus status, String reason, Instant next) {
      if (entries.get(d.id()).equals(d)) {
        entries.put(
            d.id(),
            new PushDelivery(
                d.id(),
                d.eventId(),
                d.target(),
                status,
                d.attempts(),
                next,
                d.expiresAt(),
                d.payload(),
                d.headers()));
        if (reason != null) {
          reasons.put(d.id(), reason);
        }
      }
      return Mono.empty();
    }
  }
}
