package vn.chidao.identity.org.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.ChangeSetConflict;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.UnitVersion;

/**
 * Writes (and undoes) a change set's versions with few round trips and only primary-key access (ADR
 * 0004): ends are claimed in {@code version_ends} by unordered bulk inserts, then the ended
 * versions are updated by {@code _id $in}; new versions are inserted in bulk under their {@code
 * unitId@seq} keys. Every step is idempotent, so a replay after a crash does the same writes again.
 */
final class VersionWriter {

  private static final Logger log = LoggerFactory.getLogger(VersionWriter.class);

  /** Versions claimed, ended or inserted per command. */
  static final int BATCH = 1000;

  private final ReactiveMongoTemplate mongo;

  VersionWriter(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  Mono<Void> write(ChangeSet changeSet, LongConsumer progress) {
    String id = changeSet.id();
    AtomicLong done = new AtomicLong();
    long started = System.nanoTime();
    Flux<Void> starts =
        Flux.fromIterable(partition(changeSet.opened()))
            .concatMap(
                batch ->
                    mongo
                        .insertAll(batch.stream().map(v -> VersionDocument.of(v, null)).toList())
                        .then()
                        .onErrorResume(error -> openRemaining(batch, id))
                        .doOnSuccess(ignored -> progress.accept(done.addAndGet(batch.size()))));
    return Flux.fromIterable(groupEnds(changeSet.closed()))
        .concatMap(
            batch ->
                claim(batch, id)
                    .then(end(batch, id))
                    .doOnSuccess(ignored -> progress.accept(done.addAndGet(batch.size()))))
        .doOnComplete(
            () ->
                log.debug(
                    "Change set {}: {} ends claimed and written in {} ms",
                    id,
                    changeSet.closed().size(),
                    (System.nanoTime() - started) / 1_000_000))
        .thenMany(starts)
        .then()
        .doOnSuccess(
            written ->
                log.debug(
                    "Change set {}: {} versions written in {} ms",
                    id,
                    changeSet.size(),
                    (System.nanoTime() - started) / 1_000_000));
  }

  /** Ends with the same end date and successors are written together, a batch at a time. */
  private static List<List<UnitVersion>> groupEnds(List<UnitVersion> closed) {
    Map<List<Object>, List<UnitVersion>> groups =
        closed.stream()
            .collect(
                Collectors.groupingBy(
                    version -> List.of(version.validTo(), version.successorIds()),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<List<UnitVersion>> batches = new ArrayList<>();
    groups.values().forEach(group -> batches.addAll(partition(group)));
    return batches;
  }

  private static <T> List<List<T>> partition(List<T> list) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < list.size(); from += BATCH) {
      batches.add(list.subList(from, Math.min(list.size(), from + BATCH)));
    }
    return batches;
  }

  /**
   * Claims the end of every version of the batch for this change set. Keys already claimed by it (a
   * replay) are fine; a key claimed by another change set is a conflict.
   */
  private Mono<Void> claim(List<UnitVersion> batch, String changeSetId) {
    List<Document> claims =
        batch.stream()
            .map(version -> new Document("_id", version.key()).append("changeSetId", changeSetId))
            .toList();
    return mongo
        .getCollection(VersionEndDocument.COLLECTION)
        .flatMap(
            collection ->
                Mono.from(collection.insertMany(claims, new InsertManyOptions().ordered(false))))
        .then()
        .onErrorResume(
            error -> // some were there already: ours (a replay) or another change set's
            verifyClaims(batch, changeSetId));
  }

  private Mono<Void> verifyClaims(List<UnitVersion> batch, String changeSetId) {
    List<String> keys = batch.stream().map(UnitVersion::key).toList();
    return mongo
        .find(query(where("_id").in(keys)), VersionEndDocument.class)
        .collectMap(VersionEndDocument::id, VersionEndDocument::changeSetId)
        .flatMap(
            owners -> {
              for (String key : keys) {
                String owner = owners.get(key);
                if (owner == null) {
                  return Mono.error(
                      new IllegalStateException("end of version " + key + " not recorded"));
                }
                if (!owner.equals(changeSetId)) {
                  return Mono.error(new ChangeSetConflict(key));
                }
              }
              return Mono.<Void>empty();
            });
  }

  /** Ends the claimed versions: one update by primary keys for the whole batch. */
  private Mono<Void> end(List<UnitVersion> batch, String changeSetId) {
    UnitVersion sample = batch.get(0);
    Update end =
        new Update()
            .set("validTo", sample.validTo().toString())
            .set("successorIds", sample.successorIds())
            .set("closedBy", changeSetId);
    return mongo
        .updateMulti(
            query(where("_id").in(batch.stream().map(UnitVersion::key).toList())),
            end,
            VersionDocument.class)
        .then();
  }

  /**
   * After a batch insert failed part way: versions of this change set already there are fine (a
   * replay), one written by another change set is a conflict, the rest are inserted.
   */
  private Mono<Void> openRemaining(List<UnitVersion> batch, String changeSetId) {
    List<String> keys = batch.stream().map(UnitVersion::key).toList();
    return mongo
        .find(query(where("_id").in(keys)), VersionDocument.class)
        .collectList()
        .flatMap(
            stored -> {
              Set<String> ours = new HashSet<>();
              for (VersionDocument document : stored) {
                if (!changeSetId.equals(document.openedBy())) {
                  return Mono.error(new ChangeSetConflict(document.id()));
                }
                ours.add(document.id());
              }
              List<UnitVersion> missing =
                  batch.stream().filter(version -> !ours.contains(version.key())).toList();
              return missing.isEmpty()
                  ? Mono.<Void>empty()
                  : mongo
                      .insertAll(missing.stream().map(v -> VersionDocument.of(v, null)).toList())
                      .then()
                      .onErrorResume(
                          raced ->
                              Flux.fromIterable(missing)
                                  .concatMap(version -> open(version, changeSetId))
                                  .then());
            });
  }

  /** An insert under the version's key; finding it already written by this change set is fine. */
  private Mono<Void> open(UnitVersion version, String changeSetId) {
    return mongo
        .insert(VersionDocument.of(version, null))
        .then()
        .onErrorResume(
            DuplicateKeyException.class,
            duplicate ->
                mongo
                    .findById(version.key(), VersionDocument.class)
                    .filter(stored -> changeSetId.equals(stored.openedBy()))
                    .switchIfEmpty(Mono.error(() -> new ChangeSetConflict(version.key())))
                    .then());
  }

  /**
   * Removes what {@link #write} did for this change set, by primary keys: the versions it started,
   * and the ends it claimed (the versions reopen, the claims go).
   */
  Mono<Void> undo(ChangeSet changeSet) {
    String id = changeSet.id();
    Flux<Void> starts =
        Flux.fromIterable(partition(changeSet.opened()))
            .concatMap(
                batch ->
                    mongo
                        .find(
                            query(where("_id").in(batch.stream().map(UnitVersion::key).toList())),
                            VersionDocument.class)
                        .filter(version -> id.equals(version.openedBy()))
                        .map(VersionDocument::id)
                        .collectList()
                        .filter(ours -> !ours.isEmpty())
                        .flatMap(
                            ours ->
                                mongo.remove(query(where("_id").in(ours)), VersionDocument.class)))
            .thenMany(Flux.empty());
    Update reopen =
        new Update().set("validTo", null).set("successorIds", List.of()).set("closedBy", null);
    Flux<Void> ends =
        Flux.fromIterable(partition(changeSet.closed()))
            .concatMap(
                batch ->
                    mongo
                        .find(
                            query(where("_id").in(batch.stream().map(UnitVersion::key).toList())),
                            VersionEndDocument.class)
                        .filter(claim -> id.equals(claim.changeSetId()))
                        .map(VersionEndDocument::id)
                        .collectList()
                        .filter(ours -> !ours.isEmpty())
                        .flatMap(
                            ours ->
                                mongo
                                    .updateMulti(
                                        query(where("_id").in(ours)), reopen, VersionDocument.class)
                                    .then(
                                        mongo.remove(
                                            query(where("_id").in(ours)),
                                            VersionEndDocument.class))))
            .thenMany(Flux.empty());
    return starts.thenMany(ends).then();
  }
}
