package vn.chidao.notification.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import vn.chidao.notification.mail.adapter.out.MongoDeliveryLog;
import vn.chidao.notification.mail.application.QueueMails;
import vn.chidao.notification.mail.model.MailMessage;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.notification.mail.template.MailTemplates;

/**
 * Two instances of the scheduled job against one database (the MongoDB wire server), on a clock the
 * test moves: only the lease holder runs, nothing held is skipped, and each person gets one digest
 * whatever crashes in between.
 */
class ScheduledDeliveriesIT {

  private static final Instant EVENING = Instant.parse("2026-11-22T15:00:00Z"); // 22:00 in VN
  private static final Instant MORNING = Instant.parse("2026-11-22T23:30:00Z"); // 06:30 in VN
  private static final Instant DIGEST = Instant.parse("2026-11-23T00:00:00Z"); // 07:00 in VN
  private static final ScheduleSettings SETTINGS =
      new ScheduleSettings(Duration.ofSeconds(30), Duration.ofMinutes(2), 100);

  private static MongoClient client;
  private static ReactiveMongoTemplate template;
  private static MongoDeliveryLog log;

  private final TestClock clock = new TestClock(EVENING);
  private final AtomicInteger wakeUps = new AtomicInteger();

  @BeforeAll
  static void connect() {
    client = MongoClients.create(vn.chidao.testsupport.TestMongo.uri());
    template = new ReactiveMongoTemplate(client, "notification-schedule-it");
    log = new MongoDeliveryLog(template);
    log.createIndexes().block();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @BeforeEach
  void empty() {
    template.remove(new Query(), "deliveries").block();
    template.remove(new Query(), MongoLease.COLLECTION).block();
  }

  private ScheduledDeliveries instance(String name) {
    QueueMails queue = requests -> log.queue(requests, clock.instant());
    return new ScheduledDeliveries(
        template,
        new MongoLease(template, name),
        queue,
        new DigestMail(new MailTemplates(), "https://chidao.test"),
        wakeUps::incrementAndGet,
        SETTINGS,
        clock);
  }

  private static MailRequest request(String eventId, String user, Instant hold, Instant digest) {
    return new MailRequest(
        eventId,
        user,
        "dong-nai",
        "dn-tranbien",
        new MailMessage(
            user + "@chidao.test",
            user,
            "[chidao] Báo cáo cần thực hiện: " + eventId,
            "t",
            "<p>h</p>"),
        "dir-1",
        "OBLIGATION_OPENED",
        hold,
        digest);
  }

  private long count(String status) {
    return template.count(query(where("status").is(status)), "deliveries").block();
  }

  private List<Document> digestsOf(String user) {
    return template
        .find(
            query(where("username").is(user).and("kind").is("DIGEST")),
            Document.class,
            "deliveries")
        .collectList()
        .block();
  }

  @Test
  void only_one_of_two_instances_runs_the_job_while_its_lease_lasts() {
    ScheduledDeliveries a = instance("a");
    ScheduledDeliveries b = instance("b");

    List<ScheduledDeliveries.Run> runs =
        Flux.range(0, 20)
            .flatMap(i -> (i % 2 == 0 ? a : b).runOnce().subscribeOn(Schedulers.parallel()))
            .collectList()
            .block();

    // Every run by the winner succeeds; the other instance never gets in while the lease lasts.
    long ran = runs.stream().filter(ScheduledDeliveries.Run::ran).count();
    assertThat(ran).isEqualTo(10);
    Document lease =
        template.findById(ScheduledDeliveries.JOB, Document.class, MongoLease.COLLECTION).block();
    String holder = lease.getString("holder");
    assertThat(holder).isIn("a", "b");

    clock.advance(Duration.ofMinutes(3));
    ScheduledDeliveries other = holder.equals("a") ? b : a;
    assertThat(other.runOnce().block().ran()).as("an expired lease is taken over").isTrue();
  }

  @Test
  void held_deliveries_are_released_once_quiet_hours_end_and_not_before() {
    log.queue(
            List.of(
                request("e1", "vanthu", MORNING, null),
                request("e2", "bithu", MORNING, null),
                request("e3", "phobithu", MORNING.plusSeconds(3600), null)),
            EVENING)
        .block();
    ScheduledDeliveries a = instance("a");
    ScheduledDeliveries b = instance("b");

    clock.set(MORNING.minusSeconds(1));
    assertThat(a.runOnce().block().released()).isZero();
    assertThat(count("HELD")).isEqualTo(3);

    clock.set(MORNING);
    List<ScheduledDeliveries.Run> runs =
        Flux.just(a, b, a, b)
            .flatMap(job -> job.runOnce().subscribeOn(Schedulers.parallel()))
            .collectList()
            .block();
    assertThat(runs.stream().mapToLong(ScheduledDeliveries.Run::released).sum()).isEqualTo(2);
    assertThat(count("QUEUED")).isEqualTo(2);
    assertThat(count("HELD")).isEqualTo(1);
    assertThat(wakeUps).hasValue(1);

    // A restart long after: what is due is released, nothing was skipped.
    clock.set(MORNING.plus(Duration.ofDays(1)));
    ScheduledDeliveries restarted = instance("c");
    clock.advance(Duration.ofMinutes(3));
    assertThat(restarted.runOnce().block().released()).isEqualTo(1);
    assertThat(count("QUEUED")).isEqualTo(3);
  }

  @Test
  void each_person_gets_one_digest_of_their_due_items_from_two_instances() {
    List<MailRequest> items = new ArrayList<>();
    for (String user : List.of("vanthu", "bithu")) {
      for (int i = 0; i < 3; i++) {
        items.add(request("ob-" + user + "-" + i, user, null, DIGEST));
      }
    }
    items.add(request("ob-later", "vanthu", null, DIGEST.plus(Duration.ofDays(1))));
    log.queue(items, EVENING).block();
    ScheduledDeliveries a = instance("a");
    ScheduledDeliveries b = instance("b");

    clock.set(DIGEST.minusSeconds(1));
    assertThat(a.runOnce().block().digests()).isZero();

    clock.set(DIGEST);
    Flux.just(a, b, a, b, a, b)
        .flatMap(job -> job.runOnce().subscribeOn(Schedulers.parallel()))
        .then()
        .block();

    assertThat(digestsOf("vanthu")).hasSize(1);
    assertThat(digestsOf("bithu")).hasSize(1);
    Document digest = digestsOf("vanthu").get(0);
    assertThat(digest.getString("status")).isEqualTo("QUEUED");
    Document mail = (Document) digest.get("mail");
    assertThat(mail.getString("subject")).isEqualTo("[chidao] Tóm tắt thông báo: 3 thông báo mới");
    assertThat(mail.getString("text"))
        .contains("- Báo cáo cần thực hiện: ob-vanthu-0")
        .contains("- Báo cáo cần thực hiện: ob-vanthu-2")
        .doesNotContain("ob-later");
    assertThat(count("DIGESTED")).isEqualTo(6);
    assertThat(count("DIGEST")).as("tomorrow's item waits").isEqualTo(1);
  }

  @Test
  void a_digest_cut_short_by_a_crash_is_finished_by_the_next_instance_and_sent_once() {
    log.queue(
            List.of(
                request("ob-1", "vanthu", null, DIGEST), request("ob-2", "vanthu", null, DIGEST)),
            EVENING)
        .block();
    clock.set(DIGEST);
    // The first instance claimed the items (wrote its key) and died before queueing the e-mail.
    template
        .updateMulti(
            query(where("status").is("DIGEST")),
            new Update().set("digestKey", "digest:vanthu:crashed"),
            "deliveries")
        .block();
    // An item arriving after that claim must not be swallowed by the crashed digest.
    log.queue(List.of(request("ob-3", "vanthu", null, DIGEST)), EVENING).block();

    ScheduledDeliveries next = instance("next");
    next.runOnce().block();

    List<Document> digests = digestsOf("vanthu");
    assertThat(digests).hasSize(2);
    assertThat(digests)
        .extracting(d -> ((Document) d.get("mail")).getString("subject"))
        .containsExactlyInAnyOrder(
            "[chidao] Tóm tắt thông báo: 2 thông báo mới",
            "[chidao] Tóm tắt thông báo: 1 thông báo mới");
    assertThat(digests).extracting(d -> d.getString("eventId")).contains("digest:vanthu:crashed");

    // Died after queueing the e-mail but before marking its items: the rerun sends nothing new.
    template
        .updateMulti(
            query(where("digestKey").is("digest:vanthu:crashed")),
            new Update().set("status", "DIGEST"),
            "deliveries")
        .block();
    next.runOnce().block();
    assertThat(digestsOf("vanthu")).hasSize(2);
    assertThat(count("DIGEST")).isZero();
    assertThat(count("DIGESTED")).isEqualTo(3);
  }

  /** A clock the test sets. */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void set(Instant at) {
      now = at;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

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
}
