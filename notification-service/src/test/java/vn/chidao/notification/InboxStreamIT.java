package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import vn.chidao.notification.inbox.InAppNotification;
import vn.chidao.notification.inbox.RecordNotifications;

/** The live inbox: the stream reports the caller's own changes, and only theirs, within seconds. */
class InboxStreamIT extends ServiceHarness {

  private static final Duration WITHIN = Duration.ofSeconds(10);
  private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT =
      new ParameterizedTypeReference<>() {};

  @Autowired RecordNotifications inbox;

  @Test
  void a_new_notification_and_the_unread_count_arrive_and_reading_it_lowers_the_count() {
    String me = unique("vanthu");
    String someoneElse = unique("bithu");
    AtomicReference<String> mine = new AtomicReference<>();

    StepVerifier.create(events(me))
        .assertNext(e -> assertUnread(e, 0))
        .then(
            () -> {
              record(someoneElse, "evt-theirs");
              record(me, "evt-mine");
            })
        .assertNext(
            e -> {
              assertThat(e.event()).isEqualTo("notification");
              assertThat(e.data())
                  .containsEntry("directiveId", "dir-" + me + "-evt-mine")
                  .containsEntry("title", "Văn bản mới: Công văn số 84-CV/ĐU")
                  .containsEntry("kind", "NEW_DIRECTIVE")
                  .containsEntry("urgency", "KHAN")
                  .containsEntry("read", false)
                  .containsKeys("id", "createdAt", "unitId", "body");
              mine.set((String) e.data().get("id"));
            })
        .assertNext(e -> assertUnread(e, 1))
        .then(
            () ->
                client(me)
                    .post()
                    .uri("/api/notifications/{id}/read", mine.get())
                    .exchange()
                    .expectStatus()
                    .isNoContent())
        .assertNext(e -> assertUnread(e, 0))
        .thenCancel()
        .verify(WITHIN.multipliedBy(3));
  }

  @Test
  void a_directive_issued_on_the_broker_reaches_an_open_stream() {
    String unit = unique("unit");
    String me = unique("vanthu");
    joins(me, unit, "VAN_THU", Instant.now());
    awaitMembers(unit, 1);

    StepVerifier.create(events(me))
        .assertNext(e -> assertUnread(e, 0))
        .then(() -> publish(directive(unique("evt"), "về việc phòng chống bão số 9", unit)))
        .assertNext(
            e -> {
              assertThat(e.event()).isEqualTo("notification");
              assertThat((String) e.data().get("body")).contains("phòng chống bão số 9");
            })
        .assertNext(e -> assertUnread(e, 1))
        .thenCancel()
        .verify(WITHIN.multipliedBy(3));
  }

  @Test
  void a_notification_stored_by_an_instance_whose_clock_is_behind_is_still_delivered_once() {
    String me = unique("vanthu");

    StepVerifier.create(events(me))
        .assertNext(e -> assertUnread(e, 0))
        .then(
            () ->
                mongo
                    .insert(
                        new Document("eventId", unique("evt"))
                            .append("username", me)
                            .append("kind", InAppNotification.NEW_DIRECTIVE)
                            .append("title", "Văn bản mới: Chỉ thị")
                            .append("createdAt", Date.from(Instant.now().minusSeconds(12)))
                            .append("read", false)
                            .append("storedAt", Date.from(Instant.now().minusSeconds(10))),
                        "notifications")
                    .block())
        .assertNext(
            e -> {
              assertThat(e.event()).isEqualTo("notification");
              assertThat(e.data()).containsEntry("title", "Văn bản mới: Chỉ thị");
            })
        .assertNext(e -> assertUnread(e, 1))
        .then(() -> record(me, "evt-next"))
        // the next event is the next notification, not the earlier one again
        .assertNext(
            e -> assertThat(e.data()).containsEntry("directiveId", "dir-" + me + "-evt-next"))
        .assertNext(e -> assertUnread(e, 2))
        .thenCancel()
        .verify(WITHIN.multipliedBy(3));
  }

  @Test
  void without_a_token_the_stream_is_closed() {
    web.get()
        .uri("/api/notifications/stream")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  /** The caller's named events (heartbeat comments left out). */
  private Flux<ServerSentEvent<Map<String, Object>>> events(String username) {
    return client(username)
        .get()
        .uri("/api/notifications/stream")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
        .returnResult(EVENT)
        .getResponseBody()
        .filter(e -> e.event() != null)
        .timeout(WITHIN);
  }

  private static void assertUnread(ServerSentEvent<Map<String, Object>> e, long count) {
    assertThat(e.event()).isEqualTo("unread");
    assertThat(((Number) e.data().get("unread")).longValue()).isEqualTo(count);
  }

  private void record(String username, String eventId) {
    inbox
        .record(
            List.of(
                new InAppNotification(
                    eventId,
                    username,
                    "dong-nai",
                    "dn-tranbien",
                    InAppNotification.NEW_DIRECTIVE,
                    "Văn bản mới: Công văn số 84-CV/ĐU",
                    "về việc thử nghiệm — Tỉnh ủy Đồng Nai",
                    "dir-" + username + "-" + eventId,
                    "KHAN",
                    Instant.now())))
        .block();
  }

  private WebTestClient client(String username) {
    return web.mutate()
        .responseTimeout(WITHIN.multipliedBy(3))
        .defaultHeaders(h -> h.setBearerAuth(token(username, "dn-tranbien")))
        .build();
  }
}
