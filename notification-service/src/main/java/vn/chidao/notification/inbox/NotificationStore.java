package vn.chidao.notification.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

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

  NotificationStore(ReactiveMongoTemplate template) {
    this.template = template;
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
                    .named("inbox")));
  }

  @Override
  public Mono<Void> record(List<InAppNotification> notifications) {
    return UnorderedInsert.skippingDuplicates(
        template, COLLECTION, notifications.stream().map(NotificationDocument::unread).toList());
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
