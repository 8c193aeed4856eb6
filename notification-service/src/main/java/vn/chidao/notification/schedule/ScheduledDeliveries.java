package vn.chidao.notification.schedule;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.application.QueueMails;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.model.MailRequest;

/**
 * The scheduled job: releases deliveries held for quiet hours whose time has come, and sends the
 * daily digests that are due. Only the holder of the {@link MongoLease} runs it; even so every step
 * is safe to repeat, so a run cut short by a crash or a lost lease is finished by the next one, on
 * any instance, without skipping or doubling anything:
 *
 * <ul>
 *   <li>Release is one conditional update ({@code HELD} and due → {@code QUEUED}); the dispatchers'
 *       per-delivery compare-and-set claims then send each entry once.
 *   <li>A digest is made in three repeatable steps: claim the person's due items by writing a fresh
 *       {@code digestKey} on them; queue the digest e-mail with that key as its event id (the
 *       delivery log's unique key makes a second insert a no-op); mark the items {@code DIGESTED}.
 *       A run finds claimed, unmarked items first and finishes them with their key, so items
 *       arriving meanwhile never slip into a digest already sent.
 * </ul>
 */
public class ScheduledDeliveries {

  static final String JOB = "held-and-digests";
  private static final String DELIVERIES = "deliveries";
  private static final Logger log = LoggerFactory.getLogger(ScheduledDeliveries.class);

  private final ReactiveMongoTemplate template;
  private final MongoLease lease;
  private final QueueMails mail;
  private final DigestMail digestMail;
  private final Runnable wakeDispatchers;
  private final ScheduleSettings settings;
  private final Clock clock;

  public ScheduledDeliveries(
      ReactiveMongoTemplate template,
      MongoLease lease,
      QueueMails mail,
      DigestMail digestMail,
      Runnable wakeDispatchers,
      ScheduleSettings settings,
      Clock clock) {
    this.template = template;
    this.lease = lease;
    this.mail = mail;
    this.digestMail = digestMail;
    this.wakeDispatchers = wakeDispatchers;
    this.settings = settings;
    this.clock = clock;
  }

  /** What one run did; {@code ran} is false when another instance holds the lease. */
  public record Run(boolean ran, long released, int digests) {}

  public Mono<Run> runOnce() {
    Instant now = clock.instant();
    return lease
        .acquire(JOB, settings.lease(), now)
        .flatMap(
            mine ->
                !mine
                    ? Mono.just(new Run(false, 0, 0))
                    : releaseHeld(now)
                        .flatMap(
                            released ->
                                digests(now).map(digests -> new Run(true, released, digests))));
  }

  /** Held deliveries (both channels) whose quiet hours are over become due now. */
  Mono<Long> releaseHeld(Instant now) {
    return template
        .updateMulti(
            query(where("status").is(DeliveryStatus.HELD).and("nextAttemptAt").lte(now)),
            new Update().set("status", DeliveryStatus.QUEUED).set("updatedAt", now),
            DELIVERIES)
        .map(result -> result.getModifiedCount())
        .doOnNext(
            released -> {
              if (released > 0) {
                log.info("Released {} deliveries held for quiet hours", released);
                wakeDispatchers.run();
              }
            });
  }

  /** Finishes claimed digests, then claims and sends the due ones; emits how many were queued. */
  Mono<Integer> digests(Instant now) {
    return claimedKeys()
        .concatWith(claimDue(now))
        .distinct()
        .concatMap(this::finish)
        .reduce(0, Integer::sum);
  }

  private Flux<String> claimedKeys() {
    return template
        .find(
            query(where("status").is(DeliveryStatus.DIGEST).and("digestKey").ne(null))
                .limit(settings.batch() * 20),
            Document.class,
            DELIVERIES)
        .map(d -> d.getString("digestKey"))
        .distinct();
  }

  /** One fresh key per person with due, unclaimed items. */
  private Flux<String> claimDue(Instant now) {
    Query due =
        query(
                where("status")
                    .is(DeliveryStatus.DIGEST)
                    .and("digestKey")
                    .is(null)
                    .and("digestAt")
                    .lte(now))
            .with(Sort.by("digestAt"))
            .limit(settings.batch() * 20);
    return template
        .find(due, Document.class, DELIVERIES)
        .map(d -> d.getString("username"))
        .collect(LinkedHashSet<String>::new, Set::add)
        .flatMapMany(users -> Flux.fromIterable(users).take(settings.batch()))
        .concatMap(
            username -> {
              String key =
                  "digest:" + username + ":" + now.toEpochMilli() + ":" + UUID.randomUUID();
              return template
                  .updateMulti(
                      query(
                          where("status")
                              .is(DeliveryStatus.DIGEST)
                              .and("username")
                              .is(username)
                              .and("digestKey")
                              .is(null)
                              .and("digestAt")
                              .lte(now)),
                      new Update().set("digestKey", key).set("updatedAt", now),
                      DELIVERIES)
                  .filter(result -> result.getModifiedCount() > 0)
                  .map(claimed -> key);
            });
  }

  /** Queues the digest e-mail of {@code key} (once, whatever happens) and marks its items. */
  private Mono<Integer> finish(String key) {
    Instant now = clock.instant();
    Query items = query(where("digestKey").is(key).and("status").is(DeliveryStatus.DIGEST));
    return template
        .find(items.with(Sort.by("createdAt", "_id")), Document.class, DELIVERIES)
        .collectList()
        .flatMap(
            list -> {
              if (list.isEmpty()) {
                return Mono.just(0);
              }
              Document first = list.get(0);
              Document stored = (Document) first.get("mail");
              List<String> subjects = new ArrayList<>();
              list.forEach(d -> subjects.add(((Document) d.get("mail")).getString("subject")));
              MailContent content = digestMail.compose(subjects);
              MailRequest request =
                  new MailRequest(
                      key,
                      first.getString("username"),
                      first.getString("tenant"),
                      first.getString("unitId"),
                      content.to(stored.getString("to"), stored.getString("toName")),
                      null,
                      "DIGEST",
                      null,
                      null);
              return mail.queue(List.of(request))
                  .then(
                      template.updateMulti(
                          items,
                          new Update()
                              .set("status", DeliveryStatus.DIGESTED)
                              .set("updatedAt", now)
                              .set("sentAt", now),
                          DELIVERIES))
                  .thenReturn(1);
            });
  }
}
