package vn.chidao.notification.mail.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailMessage;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.notification.mail.model.RetrySchedule;
import vn.chidao.notification.mail.model.SendResult;

class MailDispatcherTest {

  private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");
  private static final RetrySchedule THREE_TRIES =
      new RetrySchedule(3, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(5));

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
  private final ScriptedTransport smtp = new ScriptedTransport();
  private final MailDispatcher dispatcher =
      new MailDispatcher(
          log, smtp, THREE_TRIES, new DispatchSettings(2, 5, 1, Duration.ofHours(1)), clock);

  @AfterEach
  void stop() {
    dispatcher.stop();
  }

  @Test
  void a_queued_mail_is_sent_and_recorded_as_sent() {
    String id = queue("tranbien.vanthu");

    assertThat(dispatcher.dispatchDue().block()).isEqualTo(1);

    assertThat(log.get(id).status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(log.get(id).attempts()).isEqualTo(1);
    assertThat(smtp.attempts()).hasSize(1);
  }

  @Test
  void a_failed_send_is_recorded_with_its_reason_and_retried_after_the_delay() {
    smtp.then(SendResult.transientFailure("Connection refused"));
    String id = queue("tranbien.vanthu");

    dispatcher.dispatchDue().block();

    assertThat(log.get(id).status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(log.lastError(id)).isEqualTo("Connection refused");
    assertThat(log.get(id).nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));

    assertThat(dispatcher.dispatchDue().block()).as("not due yet").isZero();
    clock.advance(Duration.ofMinutes(1));
    dispatcher.dispatchDue().block();

    assertThat(log.get(id).status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(log.get(id).attempts()).isEqualTo(2);
  }

  @Test
  void a_refused_address_is_given_up_at_once() {
    smtp.then(SendResult.permanentFailure("550 no such user"));
    String id = queue("tranbien.vanthu");

    dispatcher.dispatchDue().block();

    assertThat(log.get(id).status()).isEqualTo(DeliveryStatus.GAVE_UP);
    assertThat(log.lastError(id)).isEqualTo("550 no such user");
  }

  @Test
  void the_last_failed_attempt_gives_the_mail_up() {
    for (int i = 0; i < 3; i++) {
      smtp.then(SendResult.transientFailure("Connection refused"));
    }
    String id = queue("tranbien.vanthu");

    for (int i = 0; i < 3; i++) {
      dispatcher.dispatchDue().block();
      clock.advance(Duration.ofMinutes(10));
    }

    assertThat(log.get(id).status()).isEqualTo(DeliveryStatus.GAVE_UP);
    assertThat(log.get(id).attempts()).isEqualTo(3);
    assertThat(dispatcher.dispatchDue().block()).isZero();
    assertThat(smtp.attempts()).hasSize(3);
  }

  @Test
  void an_attempt_that_never_reported_back_is_retried_once_its_lease_ran_out() {
    MailDelivery crashed =
        log.put(
            new MailDelivery(
                "d-crashed",
                "evt-1",
                "tranbien.vanthu",
                DeliveryStatus.SENDING,
                1,
                START.plus(Duration.ofMinutes(5)),
                message()));

    assertThat(dispatcher.dispatchDue().block()).as("lease still running").isZero();
    clock.advance(Duration.ofMinutes(5));
    dispatcher.dispatchDue().block();

    assertThat(log.get(crashed.id()).status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(log.get(crashed.id()).attempts()).isEqualTo(2);
  }

  @Test
  void an_abandoned_last_attempt_is_given_up_not_repeated() {
    log.put(
        new MailDelivery(
            "d-crashed", "evt-1", "tranbien.vanthu", DeliveryStatus.SENDING, 3, START, message()));

    dispatcher.dispatchDue().block();

    assertThat(log.get("d-crashed").status()).isEqualTo(DeliveryStatus.GAVE_UP);
    assertThat(smtp.attempts()).isEmpty();
  }

  @Test
  void an_entry_changed_since_it_was_read_is_left_to_whoever_changed_it() {
    InMemoryDeliveryLog racing =
        new InMemoryDeliveryLog() {
          @Override
          public Mono<MailDelivery> claim(MailDelivery delivery, Instant leaseUntil, Instant now) {
            return Mono.empty();
          }
        };
    racing.queue(List.of(request("tranbien.vanthu")), START).block();
    MailDispatcher loser =
        new MailDispatcher(
            racing, smtp, THREE_TRIES, new DispatchSettings(2, 5, 1, Duration.ofHours(1)), clock);

    assertThat(loser.dispatchDue().block()).isZero();
    assertThat(smtp.attempts()).isEmpty();
  }

  @Test
  void once_started_a_wake_up_sends_everything_queued_without_waiting_for_the_poll() {
    dispatcher.start();
    for (String username : List.of("a", "b", "c", "d", "e")) {
      queue(username);
    }

    dispatcher.wake();

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> log.all().stream().allMatch(d -> d.status() == DeliveryStatus.SENT));
    assertThat(smtp.attempts()).hasSize(5);
  }

  private String queue(String username) {
    log.queue(List.of(request(username)), clock.instant()).block();
    return log.all().stream()
        .filter(d -> d.username().equals(username))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static MailRequest request(String username) {
    return new MailRequest("evt-1", username, "dong-nai", "dn-tranbien", message());
  }

  private static MailMessage message() {
    return new MailMessage(
        "tranbien.vanthu@chidao.test", "Văn thư", "[chidao] Văn bản mới", "text", "<p>html</p>");
  }
}
