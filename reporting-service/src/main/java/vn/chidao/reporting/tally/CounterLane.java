package vn.chidao.reporting.tally;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import vn.chidao.reporting.obligation.model.Contribution;

/**
 * The updates of one counter, written one batch at a time: whatever is waiting when a write ends
 * goes into the next one (group commit). A write reads the counter by {@code _id}, leaves out the
 * keys it already has, and stores the sum of the rest with the keys under compare-and-set on the
 * counter's version {@code v} ({@code {_id, v}}, a unique index); on a lost race it reads again. A
 * counter that does not exist yet is inserted, and a duplicate {@code _id} means someone else was
 * first: read again.
 */
final class CounterLane {

  /** Keys and deltas one write takes at most. */
  private static final int BATCH = 500;

  private static final int ATTEMPTS = 50;

  /** One key's delta for this counter, with the fields a new counter is created with. */
  record Item(String key, Map<String, Number> delta, Document identity) {}

  private record Waiting(Item item, MonoSink<Void> done) {}

  private final String id;
  private final Mono<MongoCollection<Document>> collection;
  private final Consumer<CounterLane> idle;
  private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writing = new AtomicBoolean();

  /**
   * What this lane knows of the stored counter since it last read or wrote it: its version and
   * every key it had or was given (a superset of {@code applied}, which only loses keys that can
   * never come again). Lets a write skip the read; a wrong version only makes the write fail and
   * read again. Null when unknown. Touched only by the one write in progress.
   */
  private Long knownVersion;

  private Set<String> knownKeys;

  /** Past this many known keys the lane reads the counter again instead. */
  private static final int KNOWN_KEYS = 20_000;

  CounterLane(String id, Mono<MongoCollection<Document>> collection, Consumer<CounterLane> idle) {
    this.id = id;
    this.collection = collection;
    this.idle = idle;
  }

  /** Completes once the counter has the item's key (added now or before). */
  Mono<Void> add(Item item) {
    return Mono.create(
        sink -> {
          queue.add(new Waiting(item, sink));
          drain();
        });
  }

  private void drain() {
    if (!writing.compareAndSet(false, true)) {
      return;
    }
    List<Waiting> batch = new ArrayList<>();
    Waiting next;
    while (batch.size() < BATCH && (next = queue.poll()) != null) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      writing.set(false);
      if (!queue.isEmpty()) {
        drain();
      } else {
        idle.accept(this); // a later add on a removed lane still works: another lane is made
      }
      return;
    }
    write(batch.stream().map(Waiting::item).toList(), 1)
        .subscribe(
            done -> {},
            error -> {
              batch.forEach(w -> w.done().error(error));
              writing.set(false);
              drain();
            },
            () -> {
              batch.forEach(w -> w.done().success());
              writing.set(false);
              drain();
            });
  }

  private Mono<Void> write(List<Item> items, int attempt) {
    if (attempt > ATTEMPTS) {
      return Mono.error(new IllegalStateException("counter " + id + " kept changing"));
    }
    return collection.flatMap(
        c -> {
          Mono<Boolean> written =
              knownVersion != null && attempt == 1
                  ? writeOnce(c, knownVersion, knownKeys, items)
                  : read(c).flatMap(found -> writeOnce(c, found, items));
          return written.flatMap(
              done -> {
                if (done) {
                  return Mono.<Void>empty();
                }
                knownVersion = null;
                knownKeys = null;
                return write(items, attempt + 1);
              });
        });
  }

  private Mono<Optional<Document>> read(MongoCollection<Document> c) {
    return Mono.from(
            c.find(new Document("_id", id))
                .projection(new Document("applied", 1).append("v", 1))
                .first())
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  private Mono<Boolean> writeOnce(
      MongoCollection<Document> c, Optional<Document> found, List<Item> items) {
    if (found.isEmpty()) {
      return writeOnce(c, null, null, items);
    }
    Object v = found.get().get("v");
    return writeOnce(
        c,
        v instanceof Number n ? n.longValue() : 0L,
        new HashSet<>(found.get().getList("applied", String.class, List.of())),
        items);
  }

  /**
   * One compare-and-set against {@code version} (null: the counter does not exist); false when the
   * counter moved meanwhile.
   */
  private Mono<Boolean> writeOnce(
      MongoCollection<Document> c, Long version, Set<String> applied, List<Item> items) {
    Map<String, Number> sum = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (Item item : items) {
      if ((applied == null || !applied.contains(item.key())) && !keys.contains(item.key())) {
        keys.add(item.key());
        Contribution.addInto(sum, item.delta());
      }
    }
    if (keys.isEmpty()) {
      remember(version, applied, keys);
      return Mono.just(true);
    }
    if (version == null) {
      Document counter = created(id, new Item(keys.get(0), sum, items.get(0).identity()));
      counter.put("applied", keys);
      return Mono.from(c.insertOne(counter))
          .doOnSuccess(inserted -> remember(1L, new HashSet<>(), keys))
          .thenReturn(true)
          .onErrorResume(
              MongoWriteException.class,
              e ->
                  e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                      ? Mono.just(false)
                      : Mono.error(e));
    }
    // The version is stored as a 64-bit integer; so is the filter's value.
    Bson unchanged = new Document("_id", id).append("v", version);
    return Mono.from(c.updateOne(unchanged, added(sum, keys)))
        .map(result -> result.getModifiedCount() == 1)
        .doOnNext(
            written -> {
              if (written) {
                remember(version + 1, applied, keys);
              }
            });
  }

  /** A new counter holding one item. */
  static Document created(String id, Item item) {
    Document counter =
        new Document("_id", id)
            .append("t", new Document(item.delta()))
            .append("applied", new ArrayList<>(List.of(item.key())))
            .append("v", 1L);
    counter.putAll(item.identity());
    return counter;
  }

  /** Adds the sum under the keys and moves the version on. */
  static Bson added(Map<String, Number> sum, List<String> keys) {
    List<Bson> updates = new ArrayList<>();
    sum.forEach((field, value) -> updates.add(Updates.inc("t." + field, value)));
    updates.add(Updates.pushEach("applied", keys));
    updates.add(Updates.inc("v", 1L));
    return Updates.combine(updates);
  }

  private void remember(Long version, Set<String> applied, List<String> added) {
    if (version == null || applied.size() + added.size() > KNOWN_KEYS) {
      knownVersion = null;
      knownKeys = null;
      return;
    }
    applied.addAll(added);
    knownVersion = version;
    knownKeys = applied;
  }
}
