package vn.chidao.notification.push.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.chidao.notification.alert.model.Urgency;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushHeaders;
import vn.chidao.notification.push.model.PushOutcome;
import vn.chidao.notification.push.model.PushTarget;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;

/** The transport alone against the local push service: what each answer becomes. */
class WebPushTransportIT {

  private static final LocalPushService push = LocalPushService.start();
  private static final Scheduler crypto = Schedulers.newParallel("push-crypto-it", 2);
  private static final KeyPair keys = VapidKeys.generate();
  private static final WebPushTransport transport =
      new WebPushTransport(
          PushHttpClients.client(PushHttpClients.pool(4), Duration.ofSeconds(5)),
          new VapidHeaders(
              VapidKeys.of((ECPrivateKey) keys.getPrivate(), (ECPublicKey) keys.getPublic()).pair(),
              "mailto:ops@chidao.test",
              Duration.ofHours(12),
              Duration.ofHours(1),
              Clock.systemUTC()),
          crypto,
          Duration.ofSeconds(10),
          Clock.systemUTC());

  @AfterAll
  static void stop() {
    push.close();
    crypto.dispose();
  }

  private static PushDelivery to(BrowserSubscription browser, Urgency urgency) {
    return new PushDelivery(
        "d-1",
        "evt-1",
        new PushTarget("sub", "vanthu", browser.endpoint(), browser.p256dh(), browser.auth()),
        DeliveryStatus.SENDING,
        1,
        Instant.now(),
        Instant.now().plus(Duration.ofDays(1)),
        "{\"title\":\"Văn bản mới: Chỉ thị số 05-CT/TU\"}",
        PushHeaders.forDirective("dir-9", urgency));
  }

  @Test
  void an_accepted_push_arrives_decrypted_with_its_headers() {
    BrowserSubscription browser = push.subscribe();

    PushOutcome outcome = transport.send(to(browser, Urgency.KHAN)).block();

    assertThat(outcome).isInstanceOf(PushOutcome.Delivered.class);
    assertThat(push.receivedBy(browser))
        .singleElement()
        .satisfies(
            received -> {
              assertThat(received.text())
                  .isEqualTo("{\"title\":\"Văn bản mới: Chỉ thị số 05-CT/TU\"}");
              assertThat(received.urgency()).isEqualTo("normal");
              assertThat(received.topic()).isEqualTo(PushHeaders.topicOf("dir-9"));
            });
  }

  @Test
  void unknown_and_unsubscribed_browsers_are_gone() {
    BrowserSubscription unsubscribed = push.subscribe();
    push.unsubscribe(unsubscribed);
    BrowserSubscription real = push.subscribe();
    BrowserSubscription unknown =
        new BrowserSubscription(
            "x", push.origin() + "/push/unknown", real.p256dh(), real.auth(), null, null);

    assertThat(transport.send(to(unsubscribed, Urgency.NORMAL)).block())
        .isEqualTo(new PushOutcome.Gone("410: subscription no longer exists, removed"));
    assertThat(transport.send(to(unknown, Urgency.NORMAL)).block())
        .isEqualTo(new PushOutcome.Gone("404: subscription no longer exists, removed"));
  }

  @Test
  void throttling_and_server_errors_are_to_be_retried_with_the_retry_after_given() {
    BrowserSubscription browser = push.subscribe();
    push.failNext(browser, 429, 1, Duration.ofSeconds(7));

    assertThat(transport.send(to(browser, Urgency.NORMAL)).block())
        .isEqualTo(
            new PushOutcome.TryLater(
                "push service answered 429", Optional.of(Duration.ofSeconds(7))));

    BrowserSubscription failing = push.subscribe();
    push.failNext(failing, 503, 1, null);
    assertThat(transport.send(to(failing, Urgency.NORMAL)).block())
        .isEqualTo(new PushOutcome.TryLater("push service answered 503", Optional.empty()));
  }

  @Test
  void a_push_service_that_cannot_be_reached_is_to_be_retried() {
    BrowserSubscription browser = push.subscribe();
    BrowserSubscription nowhere =
        new BrowserSubscription(
            "x", "http://127.0.0.1:1/push/x", browser.p256dh(), browser.auth(), null, null);

    assertThat(transport.send(to(nowhere, Urgency.NORMAL)).block())
        .isInstanceOf(PushOutcome.TryLater.class);
  }

  @Test
  void a_push_service_that_does_not_answer_in_time_is_to_be_retried() throws Exception {
    BrowserSubscription browser = push.subscribe();
    WebPushTransport impatient =
        new WebPushTransport(
            PushHttpClients.client(PushHttpClients.pool(1), Duration.ofSeconds(5)),
            new VapidHeaders(
                VapidKeys.of((ECPrivateKey) keys.getPrivate(), (ECPublicKey) keys.getPublic())
                    .pair(),
                "mailto:ops@chidao.test",
                Duration.ofHours(12),
                Duration.ofHours(1),
                Clock.systemUTC()),
            crypto,
            Duration.ofMillis(500),
            Clock.systemUTC());
    // Accepts the connection (the backlog does) and never answers.
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      BrowserSubscription mute =
          new BrowserSubscription(
              "x",
              "http://127.0.0.1:" + silent.getLocalPort() + "/push/x",
              browser.p256dh(),
              browser.auth(),
              null,
              null);

      PushOutcome outcome = impatient.send(to(mute, Urgency.NORMAL)).block(Duration.ofSeconds(5));

      assertThat(outcome).isInstanceOf(PushOutcome.TryLater.class);
      assertThat(((PushOutcome.TryLater) outcome).reason()).contains("Timeout");
    }
  }
}
