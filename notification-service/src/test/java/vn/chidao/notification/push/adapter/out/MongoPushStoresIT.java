package vn.chidao.notification.push.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import vn.chidao.notification.mail.adapter.out.MongoDeliveryLog;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailMessage;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushHeaders;
import vn.chidao.notification.push.model.PushRequest;
import vn.chidao.notification.push.model.PushTarget;
import vn.chidao.testsupport.TestMongo;

/** VAPID keys, subscriptions and the push channel of the delivery log on a MongoDB wire server. */
class MongoPushStoresIT {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
  private static final PushHeaders HEADERS = new PushHeaders(Duration.ofHours(4), "high", "t");

  private static MongoClient client;
  private static ReactiveMongoTemplate template;
  private static MongoPushLog log;
  private static MongoPushSubscriptions subscriptions;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(TestMongo.uri());
    template = new ReactiveMongoTemplate(client, "notification-push-stores-it");
    new MongoDeliveryLog(template).createIndexes().block();
    log = new MongoPushLog(template);
    subscriptions = new MongoPushSubscriptions(template);
    subscriptions.createIndexes().block();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @BeforeEach
  void empty() {
    template.remove(new Query(), MongoPushLog.COLLECTION).block();
    template.remove(new Query(), MongoPushSubscriptions.COLLECTION).block();
    template.remove(new Query(), VapidKeys.COLLECTION).block();
  }

  private static PushRequest push(String username, String subscriptionId) {
    return new PushRequest(
        "evt-1",
        "dong-nai",
        "unit-1",
        new PushTarget(
            subscriptionId, username, "https://push.example/" + subscriptionId, "k", "a"),
        "{\"title\":\"Văn bản mới\"}",
        HEADERS);
  }

  @Test
  void two_instances_starting_at_once_end_up_with_one_vapid_key_pair() {
    List<String> publicKeys =
        Flux.range(0, 6)
            .flatMap(i -> VapidKeys.loadOrCreate(template).subscribeOn(Schedulers.parallel()))
            .map(VapidKeys::publicKey)
            .collectList()
            .block();

    assertThat(publicKeys).hasSize(6).containsOnly(publicKeys.get(0));
    assertThat(VapidKeys.loadOrCreate(template).block().publicKey()).isEqualTo(publicKeys.get(0));
    assertThat(template.count(new Query(), VapidKeys.COLLECTION).block()).isEqualTo(1);
  }

  @Test
  void one_entry_per_browser_and_a_repeat_adds_nothing_next_to_the_e_mail_of_the_same_key() {
    Flux.range(0, 6)
        .flatMap(
            i ->
                log.queue(List.of(push("vanthu", "laptop"), push("vanthu", "phone")), NOW)
                    .subscribeOn(Schedulers.parallel()))
        .then()
        .block();
    new MongoDeliveryLog(template)
        .queue(
            List.of(
                new MailRequest(
                    "evt-1",
                    "vanthu",
                    "dong-nai",
                    "unit-1",
                    new MailMessage("vanthu@chidao.test", null, "Văn bản mới", "t", "<p>h</p>"))),
            NOW)
        .block();

    List<PushDelivery> due = log.due(NOW, 10).collectList().block();
    assertThat(due).extracting(d -> d.target().id()).containsExactlyInAnyOrder("laptop", "phone");
    assertThat(due.get(0).expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    assertThat(due.get(0).payload()).isEqualTo("{\"title\":\"Văn bản mới\"}");
    assertThat(template.count(new Query(), MongoPushLog.COLLECTION).block()).isEqualTo(3);
    assertThat(new MongoDeliveryLog(template).due(NOW, 10).collectList().block()).hasSize(1);
  }

  @Test
  void of_two_dispatchers_claiming_one_push_exactly_one_wins() {
    log.queue(List.of(push("vanthu", "phone")), NOW).block();
    PushDelivery due = log.due(NOW, 1).blockFirst();

    List<PushDelivery> winners =
        Flux.range(0, 6)
            .flatMap(
                i -> log.claim(due, NOW.plusSeconds(120), NOW).subscribeOn(Schedulers.parallel()))
            .collectList()
            .block();

    assertThat(winners).hasSize(1);
    assertThat(winners.get(0).status()).isEqualTo(DeliveryStatus.SENDING);
  }

  @Test
  void pushes_queued_for_a_browser_that_moved_to_another_user_are_dropped() {
    log.queue(List.of(push("vanthu", "shared-pc"), push("bithu", "shared-pc")), NOW).block();

    log.abandonOthers("shared-pc", "bithu", "subscription moved to another user", NOW).block();

    assertThat(log.due(NOW, 10).collectList().block())
        .extracting(d -> d.target().username())
        .containsExactly("bithu");
  }

  @Test
  void subscribing_an_endpoint_again_updates_the_one_stored_subscription() {
    MongoPushSubscriptions.Saved first =
        subscriptions.save("vanthu", "https://push.example/1", "k1", "a1", null, NOW).block();
    MongoPushSubscriptions.Saved again =
        subscriptions
            .save("vanthu", "https://push.example/1", "k2", "a2", null, NOW.plusSeconds(5))
            .block();

    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.createdAt()).isEqualTo(NOW);
    assertThat(subscriptions.of(List.of("vanthu")).collectList().block())
        .singleElement()
        .satisfies(t -> assertThat(t.p256dh()).isEqualTo("k2"));
    assertThat(subscriptions.removeOwned("bithu", "https://push.example/1").block()).isFalse();
    assertThat(subscriptions.removeOwned("vanthu", "https://push.example/1").block()).isTrue();
  }
}
