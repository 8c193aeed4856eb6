package vn.chidao.notification.mail.adapter.out;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.application.DeliveryLog;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.notification.support.DeliveryLogBulk;
import vn.chidao.notification.support.DeliveryLogUpdates;
import vn.chidao.notification.support.HasIndexes;
import vn.chidao.notification.support.UnorderedInsert;

/**
 * The delivery log in the {@code deliveries} collection. Every change after the insert is an update
 * conditioned on the status and attempt count read before, so of two dispatchers racing for an
 * entry exactly one wins (a plain update-and-check, no find-and-modify).
 */
public class MongoDeliveryLog implements DeliveryLog, HasIndexes {

  static final String COLLECTION = "deliveries";
  static final String LEGACY_KEY = "delivery_key";

  private final ReactiveMongoTemplate template;

  public MongoDeliveryLog(ReactiveMongoTemplate template) {
    this.template = template;
  }

  /**
   * One unique key for every channel: ({@code eventId}, {@code username}, {@code channel}, {@code
   * target}); {@code target} is absent for e-mail (one per person) and the subscription id for push
   * (one per browser). It replaces the first, three-field key, which is dropped when found.
   *
   * <p>{@code claim_check} ({@code _id}, {@code status}, {@code attempts}) is unique because {@code
   * _id} is: it exists for the compare-and-set updates ({@link DeliveryLogUpdates#asRead}), which
   * name exactly these fields. A real mongod finds the entry by {@code _id} anyway; the in-process
   * MongoDB uses an index only when the query names exactly its fields and builds only unique ones,
   * so without it every claim and every outcome would scan the whole log.
   */
  @Override
  public Mono<Void> createIndexes() {
    return template
        .indexOps(COLLECTION)
        .dropIndex(LEGACY_KEY)
        .onErrorResume(notThere -> Mono.empty())
        .then(
            Mono.when(
                template
                    .indexOps(COLLECTION)
                    .createIndex(
                        new Index()
                            .on("eventId", Sort.Direction.ASC)
                            .on("username", Sort.Direction.ASC)
                            .on("channel", Sort.Direction.ASC)
                            .on("target", Sort.Direction.ASC)
                            .unique()
                            .named("delivery_target_key")),
                template
                    .indexOps(COLLECTION)
                    .createIndex(
                        new Index()
                            .on("_id", Sort.Direction.ASC)
                            .on("status", Sort.Direction.ASC)
                            .on("attempts", Sort.Direction.ASC)
                            .unique()
                            .named("claim_check")),
                template
                    .indexOps(COLLECTION)
                    .createIndex(
                        new Index()
                            .on("status", Sort.Direction.ASC)
                            .on("nextAttemptAt", Sort.Direction.ASC)
                            .named("due"))));
  }

  @Override
  public Mono<Void> queue(List<MailRequest> requests, Instant now) {
    List<DeliveryDocument> documents =
        requests.stream().map(request -> DeliveryDocument.queued(request, now)).toList();
    return UnorderedInsert.skippingDuplicates(template, COLLECTION, documents);
  }

  @Override
  public Flux<MailDelivery> due(Instant now, int limit) {
    return template
        .find(DeliveryLogUpdates.due(DeliveryDocument.EMAIL, now, limit), DeliveryDocument.class)
        .map(DeliveryDocument::toModel);
  }

  @Override
  public Mono<MailDelivery> claim(MailDelivery delivery, Instant leaseUntil, Instant now) {
    Update update = DeliveryLogUpdates.claim(delivery.attempts(), leaseUntil, now);
    return template
        .updateFirst(asRead(delivery), update, DeliveryDocument.class)
        .filter(result -> result.getModifiedCount() == 1)
        .map(won -> claimed(delivery, leaseUntil));
  }

  private static MailDelivery claimed(MailDelivery delivery, Instant leaseUntil) {
    return new MailDelivery(
        delivery.id(),
        delivery.eventId(),
        delivery.username(),
        DeliveryStatus.SENDING,
        delivery.attempts() + 1,
        leaseUntil,
        delivery.message());
  }

  private static DeliveryLogBulk.AsRead asReadOf(MailDelivery delivery) {
    return new DeliveryLogBulk.AsRead(delivery.id(), delivery.status(), delivery.attempts());
  }

  @Override
  public Mono<List<MailDelivery>> claimAll(
      List<MailDelivery> due, Instant leaseUntil, Instant now) {
    return DeliveryLogBulk.claim(
            template,
            DeliveryDocument.class,
            COLLECTION,
            due.stream().map(MongoDeliveryLog::asReadOf).toList(),
            leaseUntil,
            now)
        .map(
            won ->
                due.stream()
                    .filter(delivery -> won.contains(delivery.id()))
                    .map(delivery -> claimed(delivery, leaseUntil))
                    .toList());
  }

  @Override
  public Mono<Void> sentAll(List<MailDelivery> claimed, Instant now) {
    return DeliveryLogBulk.sent(
        template,
        DeliveryDocument.class,
        COLLECTION,
        claimed,
        MongoDeliveryLog::asReadOf,
        delivery -> attempt(delivery, DeliveryStatus.SENT, null, now),
        now);
  }

  @Override
  public Mono<Void> sent(MailDelivery claimed, Instant now) {
    Update update = DeliveryLogUpdates.sent(attempt(claimed, DeliveryStatus.SENT, null, now), now);
    return template.updateFirst(asRead(claimed), update, DeliveryDocument.class).then();
  }

  @Override
  public Mono<Void> failed(MailDelivery claimed, String reason, Instant retryAt, Instant now) {
    Update update =
        DeliveryLogUpdates.failed(
            attempt(claimed, DeliveryStatus.FAILED, reason, now), reason, retryAt, now);
    return template.updateFirst(asRead(claimed), update, DeliveryDocument.class).then();
  }

  @Override
  public Mono<Void> gaveUp(MailDelivery claimed, String reason, Instant now) {
    Update update =
        DeliveryLogUpdates.gaveUp(
            attempt(claimed, DeliveryStatus.GAVE_UP, reason, now), reason, now);
    return template.updateFirst(asRead(claimed), update, DeliveryDocument.class).then();
  }

  private static Query asRead(MailDelivery delivery) {
    return DeliveryLogUpdates.asRead(delivery.id(), delivery.status(), delivery.attempts());
  }

  private static DeliveryDocument.Attempt attempt(
      MailDelivery claimed, DeliveryStatus status, String reason, Instant now) {
    return new DeliveryDocument.Attempt(claimed.attempts(), status, reason, now);
  }
}
