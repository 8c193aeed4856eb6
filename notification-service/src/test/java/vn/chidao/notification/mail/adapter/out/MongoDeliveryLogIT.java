package vn.chidao.notification.mail.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailMessage;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.testsupport.TestMongo;

/** The delivery log's keys and conditional updates against a MongoDB wire server. */
class MongoDeliveryLogIT {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

  private static MongoClient client;
  private static ReactiveMongoTemplate template;
  private static MongoDeliveryLog log;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(TestMongo.uri());
    template = new ReactiveMongoTemplate(client, "notification-delivery-log-it");
    log = new MongoDeliveryLog(template);
    log.createIndexes().block();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @BeforeEach
  void empty() {
    template.remove(new Query(), MongoDeliveryLog.COLLECTION).block();
  }

  @Test
  void the_same_request_queued_twice_even_at_once_is_one_entry() {
    Flux.range(0, 8)
        .flatMap(
            i ->
                log.queue(List.of(request("tranbien.vanthu")), NOW)
                    .subscribeOn(Schedulers.parallel()))
        .then()
        .block();
    log.queue(List.of(request("tranbien.vanthu"), request("tranbien.bithu")), NOW).block();

    assertThat(log.due(NOW, 10).collectList().block())
        .extracting(MailDelivery::username)
        .containsExactlyInAnyOrder("tranbien.vanthu", "tranbien.bithu");
  }

  @Test
  void of_dispatchers_claiming_one_entry_at_once_exactly_one_wins() {
    log.queue(List.of(request("tranbien.vanthu")), NOW).block();
    MailDelivery due = log.due(NOW, 1).blockFirst();

    List<MailDelivery> winners =
        Flux.range(0, 8)
            .flatMap(
                i -> log.claim(due, NOW.plusSeconds(300), NOW).subscribeOn(Schedulers.parallel()))
            .collectList()
            .block();

    assertThat(winners)
        .singleElement()
        .satisfies(
            won -> {
              assertThat(won.status()).isEqualTo(DeliveryStatus.SENDING);
              assertThat(won.attempts()).isEqualTo(1);
            });
    assertThat(log.due(NOW, 10).collectList().block()).as("leased, not due").isEmpty();
  }

  @Test
  void of_dispatchers_claiming_one_batch_at_once_each_entry_is_won_exactly_once() {
    List<MailRequest> requests =
        Flux.range(0, 50).map(i -> request("vanthu." + i)).collectList().block();
    log.queue(requests, NOW).block();
    List<MailDelivery> due = log.due(NOW, 100).collectList().block();

    List<MailDelivery> winners =
        Flux.range(0, 6)
            .flatMap(
                i ->
                    log.claimAll(due, NOW.plusSeconds(300), NOW).subscribeOn(Schedulers.parallel()))
            .flatMapIterable(won -> won)
            .collectList()
            .block();

    assertThat(winners).hasSize(50).allMatch(won -> won.attempts() == 1);
    assertThat(winners).extracting(MailDelivery::id).doesNotHaveDuplicates();
    assertThat(log.due(NOW, 100).collectList().block()).as("all leased").isEmpty();
  }

  @Test
  void a_batch_claim_skips_an_entry_changed_since_it_was_read_and_records_the_rest_as_sent() {
    log.queue(List.of(request("tranbien.vanthu"), request("tranbien.bithu")), NOW).block();
    List<MailDelivery> due = log.due(NOW, 10).collectList().block();
    MailDelivery taken = log.claim(due.get(0), NOW.plusSeconds(300), NOW).block();

    List<MailDelivery> won = log.claimAll(due, NOW.plusSeconds(300), NOW).block();
    log.sentAll(won, NOW).block();

    assertThat(won).extracting(MailDelivery::id).containsExactly(due.get(1).id());
    List<Document> stored =
        template.findAll(Document.class, MongoDeliveryLog.COLLECTION).collectList().block();
    assertThat(stored)
        .extracting(d -> d.getString("username") + "=" + d.getString("status"))
        .containsExactlyInAnyOrder(taken.username() + "=SENDING", due.get(1).username() + "=SENT");
  }

  @Test
  void a_failed_attempt_is_logged_with_its_reason_and_due_again_at_its_retry_time() {
    log.queue(List.of(request("tranbien.vanthu")), NOW).block();
    MailDelivery claimed =
        log.claim(log.due(NOW, 1).blockFirst(), NOW.plusSeconds(300), NOW).block();
    Instant retryAt = NOW.plus(Duration.ofMinutes(1));

    log.failed(claimed, "Connection refused", retryAt, NOW).block();

    Document stored = stored();
    assertThat(stored.getString("status")).isEqualTo("FAILED");
    assertThat(stored.getString("lastError")).isEqualTo("Connection refused");
    assertThat(stored.getList("history", Document.class))
        .singleElement()
        .satisfies(
            attempt -> assertThat(attempt.getString("reason")).isEqualTo("Connection refused"));
    assertThat(log.due(retryAt.minusMillis(1), 10).collectList().block()).isEmpty();
    assertThat(log.due(retryAt, 10).collectList().block()).hasSize(1);
  }

  @Test
  void a_sent_entry_is_never_due_again() {
    log.queue(List.of(request("tranbien.vanthu")), NOW).block();
    MailDelivery claimed =
        log.claim(log.due(NOW, 1).blockFirst(), NOW.plusSeconds(300), NOW).block();

    log.sent(claimed, NOW).block();

    assertThat(stored().getString("status")).isEqualTo("SENT");
    assertThat(stored().get("sentAt")).isNotNull();
    assertThat(log.due(NOW.plus(Duration.ofDays(1)), 10).collectList().block()).isEmpty();
  }

  @Test
  void a_late_report_from_an_attempt_whose_lease_was_taken_over_changes_nothing() {
    log.queue(List.of(request("tranbien.vanthu")), NOW).block();
    MailDelivery first = log.claim(log.due(NOW, 1).blockFirst(), NOW.plusSeconds(300), NOW).block();
    Instant later = NOW.plusSeconds(301);
    MailDelivery second =
        log.claim(log.due(later, 1).blockFirst(), later.plusSeconds(300), later).block();

    log.failed(first, "timeout", later.plusSeconds(60), later).block();
    log.sent(second, later).block();

    assertThat(stored().getString("status")).isEqualTo("SENT");
    assertThat(stored().getInteger("attempts")).isEqualTo(2);
  }

  private static Document stored() {
    return template.findOne(new Query(), Document.class, MongoDeliveryLog.COLLECTION).block();
  }

  private static MailRequest request(String username) {
    return new MailRequest(
        "evt-1",
        username,
        "dong-nai",
        "dn-tranbien",
        new MailMessage(
            username + "@chidao.test", null, "[chidao] Văn bản mới", "text", "<p>html</p>"));
  }
}
