package vn.chidao.identity.org.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.ChangeSetConflict;
import vn.chidao.identity.org.application.ChangeSetStatus;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.UnitVersion;

/**
 * {@link HistoryStore} on MongoDB with single-document writes only (ADR 0004). Every read first
 * asks which change sets are pending (normally none) and filters their writes out.
 */
@Component
class MongoHistoryStore implements HistoryStore {

  /** Versions written or ended per command. */
  private static final int BATCH = 500;

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;

  MongoHistoryStore(ReactiveMongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public Mono<UnitVersion> current(String unitId) {
    return currentWhere(where("unitId").is(unitId), Sort.unsorted(), 0, 1).next();
  }

  @Override
  public Flux<UnitVersion> versions(String unitId) {
    return pending()
        .flatMapMany(
            pending ->
                mongo
                    .find(
                        query(where("unitId").is(unitId).and("openedBy").nin(pending))
                            .with(Sort.by("seq")),
                        VersionDocument.class)
                    .map(document -> document.toModel(pending)));
  }

  @Override
  public Flux<UnitVersion> currentChildren(String parentId) {
    return currentWhere(where("parentId").is(parentId), Sort.by("unitId"), 0, 0);
  }

  @Override
  public Flux<UnitVersion> currentSubtree(
      String path, String kind, String tenant, long skip, int limit) {
    return currentWhere(subtree(path, kind, tenant), Sort.by("path"), skip, limit);
  }

  @Override
  public Mono<Long> countSubtree(String path, String kind, String tenant) {
    return pending()
        .flatMap(
            pending ->
                mongo.count(
                    query(current(subtree(path, kind, tenant), pending)), VersionDocument.class));
  }

  @Override
  public Flux<UnitVersion> currentByIds(Collection<String> ids) {
    return currentWhere(where("unitId").in(ids), Sort.by("path"), 0, 0);
  }

  @Override
  public Flux<UnitVersion> asOf(LocalDate day, String path, String tenant) {
    String date = day.toString();
    return pending()
        .flatMapMany(
            pending -> {
              List<Criteria> stillHeld = new ArrayList<>();
              stillHeld.add(where("closedBy").is(null));
              stillHeld.add(where("validTo").gt(date));
              if (!pending.isEmpty()) {
                stillHeld.add(where("closedBy").in(pending));
              }
              Criteria criteria =
                  new Criteria()
                      .andOperator(
                          subtree(path, null, tenant),
                          where("validFrom").lte(date),
                          where("openedBy").nin(pending),
                          new Criteria().orOperator(stillHeld));
              return mongo
                  .find(query(criteria).with(Sort.by("path")), VersionDocument.class)
                  .map(document -> document.toModel(pending));
            });
  }

  @Override
  public Flux<UnitVersion> search(String folded, String tenant, int limit) {
    Criteria criteria = where("searchKey").regex(escape(folded));
    if (tenant != null) {
      criteria = criteria.and("tenant").is(tenant);
    }
    return currentWhere(criteria, Sort.by("path"), 0, limit);
  }

  @Override
  public Mono<Void> record(ChangeSet changeSet, String requestedBy) {
    List<ChangeSetPartDocument> parts = parts(changeSet);
    ChangeSetDocument header =
        new ChangeSetDocument(
            changeSet.id(),
            changeSet.operation().name(),
            changeSet.effective().toString(),
            ChangeSetStatus.PENDING.name(),
            parts.size(),
            changeSet.affectedUnitIds().size(),
            requestedBy,
            clock.instant());
    // Parts first: a header is only ever read with all its parts present.
    return Flux.fromIterable(parts).concatMap(mongo::save).then(mongo.insert(header)).then();
  }

  private static List<ChangeSetPartDocument> parts(ChangeSet changeSet) {
    List<VersionDocument> closed =
        changeSet.closed().stream()
            .map(version -> VersionDocument.of(version, changeSet.id()))
            .toList();
    List<VersionDocument> opened =
        changeSet.opened().stream().map(version -> VersionDocument.of(version, null)).toList();
    int size = ChangeSetPartDocument.SIZE;
    int count = Math.max(1, (closed.size() + opened.size() + size - 1) / size);
    List<ChangeSetPartDocument> parts = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      int from = index * size;
      int to = from + size;
      parts.add(
          new ChangeSetPartDocument(
              ChangeSetPartDocument.idOf(changeSet.id(), index),
              changeSet.id(),
              index,
              slice(closed, from, to),
              slice(opened, from - closed.size(), to - closed.size())));
    }
    return parts;
  }

  private static List<VersionDocument> slice(List<VersionDocument> list, int from, int to) {
    int start = Math.max(0, Math.min(list.size(), from));
    int end = Math.max(start, Math.min(list.size(), to));
    return List.copyOf(list.subList(start, end));
  }

  /**
   * Writes in batches (one command per {@value #BATCH} versions: a 20,000-unit move would otherwise
   * be 40,000 round trips). A batch that meets anything unexpected — a replay finding its own
   * versions, or another change set's — is redone version by version, which tells the two apart.
   */
  @Override
  public Mono<Void> write(ChangeSet changeSet) {
    String id = changeSet.id();
    Flux<Void> opened =
        Flux.fromIterable(changeSet.opened())
            .buffer(BATCH)
            .concatMap(
                batch ->
                    mongo
                        .insertAll(batch.stream().map(v -> VersionDocument.of(v, null)).toList())
                        .then()
                        .onErrorResume(error -> openRemaining(batch, id)));
    Flux<Void> closed =
        Flux.fromIterable(changeSet.closed())
            .groupBy(UnitVersion::successorIds)
            .concatMap(group -> group.buffer(BATCH))
            .concatMap(batch -> closeAll(batch, id));
    return opened.thenMany(closed).then();
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
              List<VersionDocument> missing =
                  batch.stream()
                      .filter(version -> !ours.contains(version.key()))
                      .map(version -> VersionDocument.of(version, null))
                      .toList();
              return missing.isEmpty()
                  ? Mono.<Void>empty()
                  : mongo
                      .insertAll(missing)
                      .then()
                      .onErrorResume(
                          raced ->
                              Flux.fromIterable(batch)
                                  .concatMap(version -> open(version, changeSetId))
                                  .then());
            });
  }

  /** Ends a batch of versions with the same end date and successors in one update. */
  private Mono<Void> closeAll(List<UnitVersion> batch, String changeSetId) {
    UnitVersion sample = batch.get(0);
    Query unended =
        query(
            where("_id")
                .in(batch.stream().map(UnitVersion::key).toList())
                .and("closedBy")
                .in(unendedOrOurs(changeSetId)));
    Update end =
        new Update()
            .set("validTo", sample.validTo().toString())
            .set("successorIds", sample.successorIds())
            .set("closedBy", changeSetId);
    return mongo
        .updateMulti(unended, end, VersionDocument.class)
        .flatMap(
            result ->
                result.getMatchedCount() == batch.size()
                    ? Mono.<Void>empty()
                    : Flux.fromIterable(batch).concatMap(v -> close(v, changeSetId)).then());
  }

  private static List<String> unendedOrOurs(String changeSetId) {
    List<String> values = new ArrayList<>();
    values.add(null);
    values.add(changeSetId);
    return values;
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

  /** Ends the version unless another change set already ended it. */
  private Mono<Void> close(UnitVersion version, String changeSetId) {
    // Not ended yet, or ended by this very change set (a replay).
    Query unended =
        query(where("_id").is(version.key()).and("closedBy").in(unendedOrOurs(changeSetId)));
    Update end =
        new Update()
            .set("validTo", version.validTo().toString())
            .set("successorIds", version.successorIds())
            .set("closedBy", changeSetId);
    return mongo
        .updateFirst(unended, end, VersionDocument.class)
        .flatMap(
            result ->
                result.getMatchedCount() == 1
                    ? Mono.<Void>empty()
                    : Mono.error(new ChangeSetConflict(version.key())));
  }

  @Override
  public Mono<Void> undo(ChangeSet changeSet) {
    Update reopen =
        new Update().set("validTo", null).set("successorIds", List.of()).set("closedBy", null);
    return mongo
        .remove(query(where("openedBy").is(changeSet.id())), VersionDocument.class)
        .then(
            mongo.updateMulti(
                query(where("closedBy").is(changeSet.id())), reopen, VersionDocument.class))
        .then();
  }

  @Override
  public Mono<Void> mark(String changeSetId, ChangeSetStatus status) {
    return mongo
        .updateFirst(
            query(where("_id").is(changeSetId)),
            new Update().set("status", status.name()),
            ChangeSetDocument.class)
        .then();
  }

  @Override
  public Flux<RecordedChangeSet> unfinished(Instant recordedBefore) {
    return mongo
        .find(
            query(
                    where("status")
                        .in(ChangeSetStatus.PENDING.name(), ChangeSetStatus.APPLIED.name())
                        .and("recordedAt")
                        .lte(recordedBefore))
                .with(Sort.by("recordedAt")),
            ChangeSetDocument.class)
        .concatMap(this::load);
  }

  private Mono<RecordedChangeSet> load(ChangeSetDocument header) {
    return mongo
        .find(
            query(where("changeSetId").is(header.id())).with(Sort.by("index")),
            ChangeSetPartDocument.class)
        .collectList()
        .map(
            parts -> {
              Set<String> none = Set.of();
              List<UnitVersion> closed = new ArrayList<>();
              List<UnitVersion> opened = new ArrayList<>();
              for (ChangeSetPartDocument part : parts) {
                part.closed().forEach(version -> closed.add(version.toModel(none)));
                part.opened().forEach(version -> opened.add(version.toModel(none)));
              }
              ChangeSet changeSet =
                  new ChangeSet(
                      header.id(),
                      ChangeSet.Operation.valueOf(header.operation()),
                      LocalDate.parse(header.effective()),
                      closed,
                      opened);
              return new RecordedChangeSet(changeSet, ChangeSetStatus.valueOf(header.status()));
            });
  }

  @Override
  public Mono<Boolean> bootstrap(UnitVersion first) {
    return mongo
        .exists(query(where("unitId").is(first.unitId())), VersionDocument.class)
        .flatMap(
            known ->
                known
                    ? Mono.just(false)
                    : mongo
                        .insert(VersionDocument.of(first, null))
                        .thenReturn(true)
                        .onErrorResume(DuplicateKeyException.class, raced -> Mono.just(false)));
  }

  private Flux<UnitVersion> currentWhere(Criteria criteria, Sort sort, long skip, int limit) {
    return pending()
        .flatMapMany(
            pending -> {
              Query query = query(current(criteria, pending)).with(sort).skip(skip);
              if (limit > 0) {
                query.limit(limit);
              }
              return mongo
                  .find(query, VersionDocument.class)
                  .map(document -> document.toModel(pending));
            });
  }

  /** Versions that are current for readers: opened by an applied change, not ended by one. */
  private static Criteria current(Criteria criteria, Set<String> pending) {
    if (pending.isEmpty()) {
      return new Criteria().andOperator(criteria, where("closedBy").is(null));
    }
    return new Criteria()
        .andOperator(
            criteria,
            where("openedBy").nin(pending),
            new Criteria().orOperator(where("closedBy").is(null), where("closedBy").in(pending)));
  }

  private static Criteria subtree(String path, String kind, String tenant) {
    Criteria criteria = where("path").regex("^" + escape(path));
    if (kind != null) {
      criteria = criteria.and("kind").is(kind);
    }
    if (tenant != null) {
      criteria = criteria.and("tenant").is(tenant);
    }
    return criteria;
  }

  /** Ids of change sets still being applied; their writes must not be seen. */
  private Mono<Set<String>> pending() {
    return mongo
        .find(query(where("status").is(ChangeSetStatus.PENDING.name())), ChangeSetDocument.class)
        .map(ChangeSetDocument::id)
        .collect(HashSet::new, Set::add);
  }

  /** Escapes regex metacharacters so ids and folded names match literally. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
