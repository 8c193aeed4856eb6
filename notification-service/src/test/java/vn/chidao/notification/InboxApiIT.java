package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.notification.inbox.InAppNotification;
import vn.chidao.notification.inbox.RecordNotifications;

class InboxApiIT extends ServiceHarness {

  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

  @Autowired RecordNotifications inbox;

  @Test
  void the_inbox_shows_unread_first_then_newest_with_the_unread_count() {
    String me = unique("vanthu");
    record(me, "evt-old", T0);
    record(me, "evt-mid", T0.plusSeconds(60));
    String newest = record(me, "evt-new", T0.plusSeconds(120));
    markRead(me, idOf(me, newest)).expectStatus().isNoContent();

    get(me, "/api/notifications")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[*].directiveId")
        .isEqualTo(
            List.of("dir-" + me + "-evt-mid", "dir-" + me + "-evt-old", "dir-" + me + "-evt-new"))
        .jsonPath("$.items[*].read")
        .isEqualTo(List.of(false, false, true))
        .jsonPath("$.items[0].title")
        .isEqualTo("Văn bản mới: Công văn số 84-CV/ĐU")
        .jsonPath("$.items[0].kind")
        .isEqualTo("NEW_DIRECTIVE")
        .jsonPath("$.items[0].unitId")
        .isEqualTo("dn-tranbien")
        .jsonPath("$.items[0].urgency")
        .isEqualTo("KHAN")
        .jsonPath("$.items[0].createdAt")
        .isEqualTo("2026-11-22T08:01:00Z")
        .jsonPath("$.unread")
        .isEqualTo(2)
        .jsonPath("$.total")
        .isEqualTo(3)
        .jsonPath("$.page")
        .isEqualTo(0)
        .jsonPath("$.size")
        .isEqualTo(20);
  }

  @Test
  void pages_follow_the_same_order() {
    String me = unique("vanthu");
    for (int i = 0; i < 5; i++) {
      record(me, "evt-" + i, T0.plusSeconds(i));
    }

    get(me, "/api/notifications?page=1&size=2")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[*].directiveId")
        .isEqualTo(List.of("dir-" + me + "-evt-2", "dir-" + me + "-evt-1"))
        .jsonPath("$.total")
        .isEqualTo(5)
        .jsonPath("$.page")
        .isEqualTo(1)
        .jsonPath("$.size")
        .isEqualTo(2);
  }

  @Test
  void a_user_sees_only_their_own_notifications() {
    String me = unique("vanthu");
    String someoneElse = unique("bithu");
    record(someoneElse, "evt-1", T0);

    get(me, "/api/notifications")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items")
        .isEmpty()
        .jsonPath("$.total")
        .isEqualTo(0);
    get(me, "/api/notifications/unread-count").expectBody().jsonPath("$.unread").isEqualTo(0);
  }

  @Test
  void marking_someone_elses_notification_read_is_not_found_and_changes_nothing() {
    String me = unique("vanthu");
    String someoneElse = unique("bithu");
    String theirs = idOf(someoneElse, record(someoneElse, "evt-1", T0));

    markRead(me, theirs)
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Không tìm thấy")
        .jsonPath("$.detail")
        .isEqualTo("Không tìm thấy thông báo này trong hộp thư của bạn.")
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/notification-not-found");
    get(someoneElse, "/api/notifications/unread-count")
        .expectBody()
        .jsonPath("$.unread")
        .isEqualTo(1);
  }

  @Test
  void an_id_that_does_not_exist_is_not_found() {
    markRead(unique("vanthu"), "not-an-id").expectStatus().isNotFound();
    markRead(unique("vanthu"), "65f0c0ffee0000000000beef").expectStatus().isNotFound();
  }

  @Test
  void reading_one_then_all_brings_the_unread_count_to_zero() {
    String me = unique("vanthu");
    String first = idOf(me, record(me, "evt-1", T0));
    record(me, "evt-2", T0.plusSeconds(1));
    record(me, "evt-3", T0.plusSeconds(2));

    markRead(me, first).expectStatus().isNoContent();
    markRead(me, first).expectStatus().isNoContent(); // reading twice is fine
    get(me, "/api/notifications/unread-count").expectBody().jsonPath("$.unread").isEqualTo(2);

    client(me).post().uri("/api/notifications/read-all").exchange().expectStatus().isNoContent();
    get(me, "/api/notifications/unread-count").expectBody().jsonPath("$.unread").isEqualTo(0);
  }

  @Test
  void a_page_or_size_out_of_range_is_refused_in_vietnamese() {
    String me = unique("vanthu");

    get(me, "/api/notifications?page=-1&size=0")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Dữ liệu không hợp lệ")
        .jsonPath("$.errors[?(@.field == 'page')].message")
        .isEqualTo(List.of("Số trang (page) phải từ 0 trở lên"))
        .jsonPath("$.errors[?(@.field == 'size')].message")
        .isEqualTo(List.of("Số thông báo mỗi trang (size) phải từ 1 đến 100"));
    get(me, "/api/notifications?size=101").expectStatus().isBadRequest();
  }

  @Test
  void a_page_that_is_not_a_number_is_refused_in_vietnamese() {
    get(unique("vanthu"), "/api/notifications?page=abc")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("page")
        .jsonPath("$.errors[0].message")
        .isEqualTo("Giá trị của page không đúng kiểu dữ liệu");
  }

  @Test
  void without_a_token_the_inbox_is_closed() {
    web.get()
        .uri("/api/notifications")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  /** Stores a notification for {@code username}; returns its directive id. */
  private String record(String username, String eventId, Instant at) {
    String directiveId = "dir-" + username + "-" + eventId;
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
                    directiveId,
                    "KHAN",
                    at)))
        .block();
    return directiveId;
  }

  private String idOf(String username, String directiveId) {
    List<String> ids =
        get(username, "/api/notifications?size=100")
            .expectBody(InboxIds.class)
            .returnResult()
            .getResponseBody()
            .items()
            .stream()
            .filter(item -> item.directiveId().equals(directiveId))
            .map(InboxIds.Item::id)
            .toList();
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  record InboxIds(List<Item> items) {
    record Item(String id, String directiveId) {}
  }

  private WebTestClient.ResponseSpec get(String username, String uri) {
    return client(username).get().uri(uri).exchange();
  }

  private WebTestClient.ResponseSpec markRead(String username, String id) {
    return client(username).post().uri("/api/notifications/{id}/read", id).exchange();
  }

  private WebTestClient client(String username) {
    return web.mutate()
        .defaultHeaders(h -> h.setBearerAuth(token(username, "dn-tranbien")))
        .build();
  }
}
