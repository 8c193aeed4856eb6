package vn.chidao.notification.push.adapter.out;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.push.application.PushLog;
import vn.chidao.notification.push.model.PushDelivery;
import vn.chidao.notification.push.model.PushRequest;
import vn.chidao.notification.support.DeliveryLogBulk;
import vn.chidao.notification.support.DeliveryLogUpdates;
import vn.chidao.notification.support.UnorderedInsert;

/**
 * The push channel of the delivery log. The unique key and the "due" index are declared by the
 * e-mail side's {@code MongoDeliveryLog} (one collection, one set of indexes). Every change after
 * the insert is conditioned on the status and attempt count read before.
 */
public class MongoPushLog implements PushLog {

  static final String COLLECTION = "deliveries";

  private final ReactiveMongoTemplate template;

  public MongoPushLog(ReactiveMongoTemplate template) {
    this.template = template;
  }

  @Override
  public Mono<Void> queue(List<PushRequest> requests, Instant now) {
    List<PushDeliveryDocument> documents =
        requests.stream().map(request -> PushDeliveryDocument.queued(request, now)).toList();
    return UnorderedInsert.skippingDuplicates(template, COLLECTION, documents);
  }

  @Override
  public Flux<PushDelivery> due(Instant now, int limit) {
    return template
        .find(
            DeliveryLogUpdates.due(PushDeliveryDocument.PUSH, now, limit),
            PushDeliveryDocument.class)
        .map(PushDeliveryDocument::toModel);
  }

  @Override
  public Mono<PushDelivery> claim(PushDelivery delivery, Instant leaseUntil, Instant now) {
    Update update = DeliveryLogUpdates.claim(delivery.attempts(), leaseUntil, now);
    return template
        .updateFirst(asRead(delivery), update, PushDeliveryDocument.class)
        .filter(result -> result.getModifiedCount() == 1)
        .map(won -> delivery.claimed(leaseUntil));
  }

  @Override
  public Mono<List<PushDelivery>> claimAll(
      List<PushDelivery> due, Instant leaseUntil, Instant now) {
    return DeliveryLogBulk.claim(
            template,
            PushDeliveryDocument.class,
            COLLECTION,
            due.stream().map(MongoPushLog::asReadOf).toList(),
            leaseUntil,
            now)
        .map(
            won ->
                due.stream()
                    .filter(delivery -> won.contains(delivery.id()))
                    .map(delivery -> delivery.claimed(leaseUntil))
                    .toList());
  }

  @Override
  public Mono<Void> sentAll(List<PushDelivery> claimed, Instant now) {
    return DeliveryLogBulk.sent(
        template,
        PushDeliveryDocument.class,
        COLLECTION,
        claimed,
        MongoPushLog::asReadOf,
        delivery -> attempt(delivery, DeliveryStatus.SENT, null, now),
        now);
  }

  @Override
  public Mono<Void> sent(PushDelivery claimed, Instant now) {
    Update update = DeliveryLogUpdates.sent(attempt(claimed, DeliveryStatus.SENT, null, now), now);
    return template.updateFirst(asRead(claimed), update, PushDeliveryDocument.class).then();
  }

  @Override
  public Mono<Void> failed(PushDelivery claimed, String reason, Instant retryAt, Instant now) {
    Update update =
        DeliveryLogUpdates.failed(
            attempt(claimed, DeliveryStatus.FAILED, reason, now), reason, retryAt, now);
    return template.updateFirst(asRead(claimed), update, PushDeliveryDocument.class).then();
  }

  @Override
  public Mono<Void> gaveUp(PushDelivery claimed, String reason, Instant now) {
    Update update =
        DeliveryLogUpdates.gaveUp(
            attempt(claimed, DeliveryStatus.GAVE_UP, reason, now), reason, now);
    return template.updateFirst(asRead(claimed), update, PushDeliveryDocument.class).then();
  }

  @Override
  public Mono<Void> abandonOthers(
      String subscriptionId, String keepFor, String reason, Instant now) {
    // Entries being sent right now (SENDING) are left to their dispatcher.
    Criteria pending =
        where("channel")
            .is(PushDeliveryDocument.PUSH)
            .and("target")
            .is(subscriptionId)
            .and("status")
            .in(DeliveryStatus.QUEUED, DeliveryStatus.FAILED);
    if (keepFor != null) {
      pending = pending.and("username").ne(keepFor);
    }
    Update update =
        new Update()
            .set("status", DeliveryStatus.GAVE_UP)
            .set("lastError", reason)
            .set("updatedAt", now)
            .unset("nextAttemptAt");
    return template.updateMulti(query(pending), update, PushDeliveryDocument.class).then();
  }

  private static DeliveryLogBulk.AsRead asReadOf(PushDelivery delivery) {
    return new DeliveryLogBulk.AsRead(delivery.id(), delivery.status(), delivery.attempts());
  }

  private static Query asRead(PushDelivery delivery) {
    return DeliveryLogUpdates.asRead(delivery.id(), delivery.status(), delivery.attempts());
  }

  private static PushDeliveryDocument.Attempt attempt(
      PushDelivery claimed, DeliveryStatus status, String reason, Instant now) {
    return new PushDeliveryDocument.Attempt(claimed.attempts(), status, reason, now);
  }
}
