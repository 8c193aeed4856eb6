package vn.chidao.notification.push.adapter.out;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.push.application.PushSubscriptions;
import vn.chidao.notification.push.model.PushTarget;
import vn.chidao.notification.support.HasIndexes;

/**
 * Subscriptions in {@code push_subscriptions}. The document id is a hash of the endpoint, so the
 * store holds one subscription per endpoint whatever the number of requests or instances, and
 * subscribing again is an upsert of the same document.
 */
public class MongoPushSubscriptions implements PushSubscriptions, HasIndexes {

  static final String COLLECTION = "push_subscriptions";

  @Document(COLLECTION)
  record SubscriptionDocument(
      @Id String id,
      String username,
      String endpoint,
      String p256dh,
      String auth,
      Long expirationTime,
      Instant createdAt,
      Instant updatedAt) {

    PushTarget toTarget() {
      return new PushTarget(id, username, endpoint, p256dh, auth);
    }
  }

  /** A subscription as its owner sees it. */
  public record Saved(PushTarget target, boolean created, Instant createdAt) {}

  private final ReactiveMongoTemplate template;

  public MongoPushSubscriptions(ReactiveMongoTemplate template) {
    this.template = template;
  }

  @Override
  public Mono<Void> createIndexes() {
    return template
        .indexOps(COLLECTION)
        .createIndex(new Index().on("username", Sort.Direction.ASC).named("owner"))
        .then();
  }

  /**
   * Stores the browser's subscription for {@code username}; the latest owner of an endpoint wins.
   */
  public Mono<Saved> save(
      String username,
      String endpoint,
      String p256dh,
      String auth,
      Long expirationTime,
      Instant now) {
    String id = idOf(endpoint);
    Update update =
        new Update()
            .set("username", username)
            .set("p256dh", p256dh)
            .set("auth", auth)
            .set("expirationTime", expirationTime)
            .set("updatedAt", now)
            .setOnInsert("endpoint", endpoint)
            .setOnInsert("createdAt", now);
    Mono<Saved> upsert =
        template
            .upsert(query(where("_id").is(id)), update, SubscriptionDocument.class)
            .flatMap(
                result ->
                    template
                        .findById(id, SubscriptionDocument.class)
                        .map(
                            stored ->
                                new Saved(
                                    stored.toTarget(),
                                    result.getUpsertedId() != null,
                                    stored.createdAt())));
    // Two first subscriptions of one endpoint at once: the loser's insert meets the winner's id.
    return upsert.onErrorResume(DuplicateKeyException.class, raced -> upsert);
  }

  /** Removes the caller's subscription; false when the endpoint is unknown or someone else's. */
  public Mono<Boolean> removeOwned(String username, String endpoint) {
    return template
        .remove(
            query(where("_id").is(idOf(endpoint)).and("username").is(username)),
            SubscriptionDocument.class)
        .map(result -> result.getDeletedCount() > 0);
  }

  /** How many browsers {@code username} has subscribed, not counting {@code endpoint}. */
  public Mono<Long> countOthers(String username, String endpoint) {
    return template.count(
        query(where("username").is(username).and("_id").ne(idOf(endpoint))),
        SubscriptionDocument.class);
  }

  public Flux<Saved> owned(String username) {
    return template
        .find(
            query(where("username").is(username)).with(Sort.by("createdAt")),
            SubscriptionDocument.class)
        .map(stored -> new Saved(stored.toTarget(), false, stored.createdAt()));
  }

  @Override
  public Flux<PushTarget> of(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Flux.empty();
    }
    return template
        .find(query(where("username").in(usernames)), SubscriptionDocument.class)
        .map(SubscriptionDocument::toTarget);
  }

  @Override
  public Mono<Void> remove(String subscriptionId) {
    return template
        .remove(query(where("_id").is(subscriptionId)), SubscriptionDocument.class)
        .then();
  }

  /** 43 base64url characters of SHA-256 over the endpoint. */
  public static String idOf(String endpoint) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(endpoint.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
