package vn.chidao.reporting.tally;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.reporting.obligation.model.Contribution;

/**
 * Applies changes to the running totals of the units above obligations. A change is a key (the
 * delivery batch, or the obligation's id and revision) and, per obligation, the contribution delta
 * and the ids of its ancestors. Deltas are summed per ancestor first, so a batch of 1,000 cells
 * under one commune is a handful of updates, sent as one unordered bulk write.
 *
 * <p>Each update matches only a counter that has not seen the key ({@code applied: {$ne: key}}) and
 * pushes the key (keeping the last {@value #REMEMBERED}), so re-applying a change after a crash
 * adds nothing. An upsert for a counter that has the key fails on the duplicate {@code _id}; it is
 * retried once, because a first upsert can also lose a race with a concurrent one.
 */
@Component
public class Counters {

  static final int REMEMBERED = 200;

  private final ReactiveMongoTemplate mongo;

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

  public Mono<Void> apply(String key, List<Change> changes) {
    Map<String, Pending> byCounter = new LinkedHashMap<>();
    for (Change change : changes) {
      if (change.delta().isEmpty()) {
        continue;
      }
      List<String> ancestors = change.ancestors();
      for (int i = 0; i < ancestors.size(); i++) {
        String unitId = ancestors.get(i);
        String id =
            CounterDocument.id(
                unitId, change.directiveId(), change.requirementId(), change.periodKey());
        Pending pending =
            byCounter.computeIfAbsent(
                id, k -> new Pending(k, unitId, ancestorsParent(ancestors, unitId), change));
        Contribution.addInto(pending.delta, change.delta());
      }
    }
    List<WriteModel<Document>> updates = new ArrayList<>();
    byCounter.values().stream()
        .filter(p -> !p.delta.isEmpty())
        .forEach(p -> updates.add(p.update(key)));
    return write(updates, 0);
  }

  private static String ancestorsParent(List<String> ancestors, String unitId) {
    int index = ancestors.indexOf(unitId);
    return index > 0 ? ancestors.get(index - 1) : null;
  }

  private Mono<Void> write(List<WriteModel<Document>> updates, int attempt) {
    if (updates.isEmpty()) {
      return Mono.empty();
    }
    return mongo
        .getCollection(CounterDocument.COLLECTION)
        .flatMap(c -> Mono.from(c.bulkWrite(updates, new BulkWriteOptions().ordered(false))))
        .then()
        .onErrorResume(
            MongoBulkWriteException.class,
            error -> {
              if (!error.getWriteErrors().stream().allMatch(e -> e.getCode() == 11000)) {
                return Mono.error(error);
              }
              if (attempt > 0) {
                return Mono.empty(); // the key is already on those counters
              }
              Set<Integer> failed =
                  error.getWriteErrors().stream()
                      .map(e -> e.getIndex())
                      .collect(Collectors.toSet());
              List<WriteModel<Document>> again = new ArrayList<>();
              for (int i = 0; i < updates.size(); i++) {
                if (failed.contains(i)) {
                  again.add(updates.get(i));
                }
              }
              return write(again, attempt + 1);
            });
  }

  private static final class Pending {
    final String id;
    final String unitId;
    final String parentId;
    final Change first;
    final Map<String, Number> delta = new LinkedHashMap<>();

    Pending(String id, String unitId, String parentId, Change first) {
      this.id = id;
      this.unitId = unitId;
      this.parentId = parentId;
      this.first = first;
    }

    UpdateOneModel<Document> update(String key) {
      List<Bson> updates = new ArrayList<>();
      delta.forEach((field, value) -> updates.add(Updates.inc("t." + field, value)));
      updates.add(Updates.pushEach("applied", List.of(key), new PushOptions().slice(-REMEMBERED)));
      updates.add(Updates.setOnInsert("unitId", unitId));
      updates.add(Updates.setOnInsert("parentId", parentId));
      updates.add(Updates.setOnInsert("directiveId", first.directiveId()));
      updates.add(Updates.setOnInsert("requirementId", first.requirementId()));
      updates.add(Updates.setOnInsert("periodKey", first.periodKey()));
      Bson notYetApplied = Filters.and(Filters.eq("_id", id), Filters.ne("applied", key));
      return new UpdateOneModel<>(
          notYetApplied, Updates.combine(updates), new UpdateOptions().upsert(true));
    }
  }
}
