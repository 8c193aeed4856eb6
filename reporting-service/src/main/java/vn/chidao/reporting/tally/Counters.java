package vn.chidao.reporting.tally;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.obligation.model.Contribution;

/**
 * Applies changes to the running totals of the units above obligations. A change is a key (the
 * delivery batch, or the obligation's id and revision) and, per obligation, the contribution delta
 * and the ids of its ancestors. Deltas are summed per ancestor first, so a batch of 1,000 cells
 * under one commune is a handful of counter updates; each counter's updates go through its {@link
 * CounterLane}, which writes everything waiting for that counter at once (a counter near the root
 * receives every submission in the country).
 *
 * <p>A counter remembers the keys it has added ({@code applied}) and adds nothing for a key it has;
 * the lane reads the counter by {@code _id} and writes it back only if its version {@code v} did
 * not move (compare-and-set), so concurrent writers, in this instance or another, never lose or
 * repeat an update. Both lookups go by a unique key, never by scanning.
 *
 * <p>What {@code applied} holds, and for how long, decides whether totals stay exact: a key may
 * leave it only once the change can no longer be applied again. Batch keys (deliveries, roll-over
 * pages, recalls, closures) stay for good, since a batch may be redelivered at any time; there are
 * a few hundred per requirement-period at most (one per 1,000 units). The key of one obligation's
 * change is needed only while the obligation still carries the change: its finisher {@link
 * #forget}s it after clearing it there, so {@code applied} does not grow with every submission. (A
 * window of the last N keys, as before, lost exactness: a counter high in the tree sees thousands
 * of keys, and a batch redelivered after them would have been counted twice.)
 */
@Component
public class Counters {

  private static final Document TOTALS_ONLY = new Document("t", 1);

  /** From this many counters on, a change is written in bulk rather than lane by lane. */
  private static final int IN_BULK = 16;

  private final ReactiveMongoTemplate mongo;
  private final Map<String, CounterLane> lanes = new ConcurrentHashMap<>();

  Counters(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** One obligation's part of a change. */
  public record Change(
      String directiveId,
      String requirementId,
      String periodKey,
      List<String> ancestors,
      Map<String, Number> delta) {}

  /** Adds the change to every counter it touches; completes once all of them have it. */
  public Mono<Void> apply(String key, List<Change> changes) {
    Map<String, CounterLane.Item> byCounter = new LinkedHashMap<>();
    for (Change change : changes) {
      if (change.delta().isEmpty()) {
        continue;
      }
      List<String> ancestors = change.ancestors();
      for (int i = 0; i < ancestors.size(); i++) {
        String unitId = ancestors.get(i);
        String parentId = i > 0 ? ancestors.get(i - 1) : null;
        String id =
            CounterDocument.id(
                unitId, change.directiveId(), change.requirementId(), change.periodKey());
        CounterLane.Item item =
            byCounter.computeIfAbsent(
                id,
                k ->
                    new CounterLane.Item(
                        key,
                        new LinkedHashMap<>(),
                        new Document("unitId", unitId)
                            .append("parentId", parentId)
                            .append("directiveId", change.directiveId())
                            .append("requirementId", change.requirementId())
                            .append("periodKey", change.periodKey())));
        Contribution.addInto(item.delta(), change.delta());
      }
    }
    byCounter.values().removeIf(item -> item.delta().isEmpty());
    if (byCounter.size() >= IN_BULK) {
      return inBulk(byCounter).flatMap(done -> done ? Mono.<Void>empty() : throughLanes(byCounter));
    }
    return throughLanes(byCounter);
  }

  private Mono<Void> throughLanes(Map<String, CounterLane.Item> byCounter) {
    return Flux.fromIterable(byCounter.entrySet())
        .flatMap(entry -> lane(entry.getKey()).add(entry.getValue()))
        .then();
  }

  /**
   * A batch touching many counters (opening 1,000 units touches hundreds): one read of them all by
   * id and one unordered bulk write, each update a compare-and-set on the counter's version and
   * each new counter an insert. If anything raced (a version moved, a counter appeared), false: the
   * caller then goes through the lanes, which add the key only where it is still missing.
   */
  private Mono<Boolean> inBulk(Map<String, CounterLane.Item> byCounter) {
    Document ids = new Document("_id", new Document("$in", new ArrayList<>(byCounter.keySet())));
    return mongo
        .getCollection(CounterDocument.COLLECTION)
        .flatMap(
            c ->
                Flux.from(c.find(ids).projection(new Document("applied", 1).append("v", 1)))
                    .collectMap(d -> d.getString("_id"))
                    .flatMap(
                        found -> {
                          List<WriteModel<Document>> writes = new ArrayList<>();
                          int updates = 0;
                          for (var entry : byCounter.entrySet()) {
                            Document stored = found.get(entry.getKey());
                            CounterLane.Item item = entry.getValue();
                            if (stored == null) {
                              writes.add(
                                  new InsertOneModel<>(CounterLane.created(entry.getKey(), item)));
                            } else if (!stored
                                .getList("applied", String.class, List.of())
                                .contains(item.key())) {
                              writes.add(
                                  new UpdateOneModel<>(
                                      new Document("_id", entry.getKey())
                                          .append("v", stored.get("v")),
                                      CounterLane.added(item.delta(), List.of(item.key()))));
                              updates++;
                            }
                          }
                          if (writes.isEmpty()) {
                            return Mono.just(true);
                          }
                          int expected = updates;
                          return Mono.from(
                                  c.bulkWrite(writes, new BulkWriteOptions().ordered(false)))
                              .map(result -> result.getModifiedCount() == expected)
                              .onErrorResume(MongoBulkWriteException.class, e -> Mono.just(false));
                        }));
  }

  private CounterLane lane(String counterId) {
    return lanes.computeIfAbsent(
        counterId,
        id ->
            new CounterLane(
                id,
                mongo.getCollection(CounterDocument.COLLECTION),
                lane -> lanes.remove(id, lane)));
  }

  /**
   * Removes the key of an applied change from the counters it touched, once nothing can apply it
   * again (the obligation no longer carries it). Only for the keys of obligation changes.
   */
  public Mono<Void> forget(String key, List<Change> changes) {
    Set<String> ids = new LinkedHashSet<>();
    for (Change change : changes) {
      if (change.delta().isEmpty()) {
        continue;
      }
      for (String unitId : change.ancestors()) {
        ids.add(
            CounterDocument.id(
                unitId, change.directiveId(), change.requirementId(), change.periodKey()));
      }
    }
    if (ids.isEmpty()) {
      return Mono.empty();
    }
    List<WriteModel<Document>> pulls = new ArrayList<>();
    ids.forEach(
        id ->
            pulls.add(new UpdateOneModel<>(new Document("_id", id), Updates.pull("applied", key))));
    return mongo
        .getCollection(CounterDocument.COLLECTION)
        .flatMap(c -> Mono.from(c.bulkWrite(pulls, new BulkWriteOptions().ordered(false))))
        .then();
  }

  /** The totals of one counter (without its keys), empty when nothing was counted there yet. */
  public Mono<Map<String, Number>> totals(String counterId) {
    return mongo
        .getCollection(CounterDocument.COLLECTION)
        .flatMap(
            c -> Mono.from(c.find(new Document("_id", counterId)).projection(TOTALS_ONLY).first()))
        .map(Counters::totalsOf)
        .defaultIfEmpty(Map.of());
  }

  private static Map<String, Number> totalsOf(Document counter) {
    Object t = counter.get("t");
    if (!(t instanceof Document totals)) {
      return Map.of();
    }
    Map<String, Number> values = new LinkedHashMap<>();
    totals.forEach(
        (field, value) -> {
          if (value instanceof Number n) {
            values.put(field, n);
          }
        });
    return values;
  }
}
