package vn.chidao.notification.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.support.HasIndexes;
import vn.chidao.notification.support.UnorderedInsert;

/** The {@code notifications} collection. Every query is scoped to one username: the owner. */
@Component
class NotificationStore implements RecordNotifications, HasIndexes {

  static final String COLLECTION = "notifications";

  private static final Sort UNREAD_FIRST_THEN_NEWEST =
      Sort.by(Sort.Order.asc("read"), Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

  private final ReactiveMongoTemplate template;
  private final Clock clock;

  NotificationStore(ReactiveMongoTemplate template, Clock clock) {
    this.template = template;
    this.clock = clock;
  }

  @Override
  public Mono<Void> createIndexes() {
    return Mono.when(
        template
            .indexOps(COLLECTION)
            .createIndex(
                new Index()
                    .on("eventId", Sort.Direction.ASC)
                    .on("username", Sort.Direction.ASC)
                    .unique()
                    .named("notification_key")),
        template
            .indexOps(COLLECTION)
            .createIndex(
                new Index()
                    .on("username", Sort.Direction.ASC)
                    .on("read", Sort.Direction.ASC)
                    .on("createdAt", Sort.Direction.DESC)
                    .named("inbox")),
        // The live stream's poll: one user's notifications stored after an instant.
        template
            .indexOps(COLLECTION)
            .createIndex(
                new Index()
                    .on("username", Sort.Direction.ASC)
                    .on("storedAt", Sort.Direction.ASC)
                    .named("inbox_stream")));
  }

  @Override
  public Mono<Void> record(List<InAppNotification> notifications) {
    return Mono.defer(
        () -> {
          Instant storedAt = clock.instant();
          return UnorderedInsert.skippingDuplicates(
              template,
              COLLECTION,
              notifications.stream().map(n -> NotificationDocument.unread(n, storedAt)).toList());
        });
  }

  /**
   * The user's notifications stored at or after {@code since}, oldest first. Served by the {@code
   * inbox_stream} index (username, storedAt), so polling it every few seconds per open stream is
   * cheap.
   */
  Flux<NotificationDocument> storedSince(String username, Instant since, int limit) {
    Query recent =
        ownedBy(username)
            .addCriteria(where("storedAt").gte(since))
            .with(Sort.by(Sort.Order.asc("storedAt"), Sort.Order.asc("_id")))
            .limit(limit);
    return template.find(recent, NotificationDocument.class);
  }

  Flux<NotificationDocument> page(String username, int page, int size) {
    Query owned = ownedBy(username).with(UNREAD_FIRST_THEN_NEWEST).skip((long) page * size);
    return template.find(owned.limit(size), NotificationDocument.class);
  }

  Mono<Long> total(String username) {
    return template.count(ownedBy(username), NotificationDocument.class);
  }

  Mono<Long> unread(String username) {
    return template.count(
        ownedBy(username).addCriteria(where("read").is(false)), NotificationDocument.class);
  }

  /** True when the notification exists and belongs to {@code username} (read now or before). */
  Mono<Boolean> markRead(String username, String id, Instant now) {
    Query unreadOne = query(where("_id").is(id).and("username").is(username).and("read").is(false));
    return template
        .updateFirst(unreadOne, readAt(now), NotificationDocument.class)
        .flatMap(
            result ->
                result.getModifiedCount() == 1
                    ? Mono.just(true)
                    : template.exists(
                        query(where("_id").is(id).and("username").is(username)),
                        NotificationDocument.class));
  }

  Mono<Void> markAllRead(String username, Instant now) {
    return template
        .updateMulti(
            ownedBy(username).addCriteria(where("read").is(false)),
            readAt(now),
            NotificationDocument.class)
        .then();
  }

  private static Query ownedBy(String username) {
    return query(where("username").is(username));
  }

  private static Update readAt(Instant now) {
    return new Update().set("read", true).set("readAt", now);
  }
}
