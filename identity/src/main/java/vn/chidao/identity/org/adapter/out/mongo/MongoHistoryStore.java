package vn.chidao.identity.org.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
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

  private static final Logger log = LoggerFactory.getLogger(MongoHistoryStore.class);

  /** Keys looked up per query. */
  private static final int BATCH = VersionWriter.BATCH;

  /**
   * Documents per reply of a large read (a national subtree is ~90 MB). Real MongoDB caps a reply
   * at 16 MB by itself; the in-process server sends everything at once unless asked for batches,
   * and the driver fails on a reply over its 48 MB message limit.
   */
  private static final int REPLY_BATCH = 5000;

  /** Parts (each up to a few hundred kB) read per query when a change set is loaded. */
  private static final int PARTS_PER_READ = 16;

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;
  private final VersionWriter writer;

  MongoHistoryStore(ReactiveMongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
    this.writer = new VersionWriter(mongo);
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
                  .find(
                      query(criteria).with(Sort.by("path")).cursorBatchSize(REPLY_BATCH),
                      VersionDocument.class)
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
  public Mono<RecordedChangeSet> record(ChangeSet changeSet, String requestedBy) {
    List<ChangeSetPartDocument> parts = parts(changeSet);
    Instant recordedAt = clock.instant();
    ChangeSetDocument header =
        new ChangeSetDocument(
            changeSet.id(),
            changeSet.operation().name(),
            changeSet.effective().toString(),
            ChangeSetStatus.PENDING.name(),
            parts.size(),
            changeSet.affectedUnitIds().size(),
            requestedBy,
            recordedAt,
            0);
    // Parts first: a header is only ever read with all its parts present.
    long started = System.nanoTime();
    // One insert per part (a part is a few hundred kB): a national import's parts in one
    // insertMany are ~100 MB, which the driver splits into 48 MB messages, and the reactive
    // driver's Netty transport failed reading the in-process server's replies to those.
    return Flux.fromIterable(parts)
        .concatMap(mongo::insert)
        .then(mongo.insert(header))
        .doOnSuccess(
            stored ->
                log.debug(
                    "Change set {}: {} parts recorded in {} ms",
                    changeSet.id(),
                    parts.size(),
                    (System.nanoTime() - started) / 1_000_000))
        .thenReturn(new RecordedChangeSet(changeSet, ChangeSetStatus.PENDING, recordedAt, 0));
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

  @Override
  public Mono<Void> write(ChangeSet changeSet, LongConsumer progress) {
    return writer.write(changeSet, progress);
  }

  @Override
  public Mono<Void> undo(ChangeSet changeSet) {
    return writer.undo(changeSet);
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
  public Mono<Void> markPublished(String changeSetId, int publishedUnits) {
    return mongo
        .updateFirst(
            query(where("_id").is(changeSetId)),
            new Update().max("publishedUnits", publishedUnits),
            ChangeSetDocument.class)
        .then();
  }

  @Override
  public Mono<ChangeSetStatus> status(String changeSetId) {
    return mongo
        .findById(changeSetId, ChangeSetDocument.class)
        .map(header -> ChangeSetStatus.valueOf(header.status()));
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
    List<String> partIds = new ArrayList<>();
    for (int index = 0; index < header.parts(); index++) {
      partIds.add(ChangeSetPartDocument.idOf(header.id(), index));
    }
    // By primary key, a few at a time: a national import has 256 parts, ~100 MB.
    return Flux.fromIterable(partIds)
        .buffer(PARTS_PER_READ)
        .concatMap(ids -> mongo.find(query(where("_id").in(ids)), ChangeSetPartDocument.class))
        .collectSortedList(Comparator.comparingInt(ChangeSetPartDocument::index))
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
              return new RecordedChangeSet(
                  changeSet,
                  ChangeSetStatus.valueOf(header.status()),
                  header.recordedAt(),
                  header.publishedUnits() == null ? 0 : header.publishedUnits());
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

  @Override
  public Mono<Long> bootstrapAll(List<UnitVersion> firsts) {
    return Flux.fromIterable(firsts)
        .buffer(BATCH)
        .concatMap(
            batch ->
                mongo
                    .find(
                        query(where("_id").in(batch.stream().map(UnitVersion::key).toList())),
                        VersionDocument.class)
                    .map(VersionDocument::unitId)
                    .collect(Collectors.toSet())
                    .flatMap(
                        known -> {
                          List<UnitVersion> missing =
                              batch.stream().filter(v -> !known.contains(v.unitId())).toList();
                          if (missing.isEmpty()) {
                            return Mono.just(0L);
                          }
                          // Another instance may be bootstrapping too: then one by one.
                          return mongo
                              .insertAll(
                                  missing.stream().map(v -> VersionDocument.of(v, null)).toList())
                              .count()
                              .onErrorResume(
                                  raced ->
                                      Flux.fromIterable(missing)
                                          .concatMap(this::bootstrap)
                                          .filter(Boolean::booleanValue)
                                          .count());
                        }))
        .reduce(0L, Long::sum);
  }

  @Override
  public Flux<UnitVersion> latestVersions(Collection<String> unitIds) {
    return pending()
        .flatMapMany(
            pending ->
                Flux.fromIterable(unitIds)
                    .distinct()
                    .buffer(BATCH)
                    .concatMap(batch -> latestOf(batch, pending)));
  }

  /**
   * Follows each unit's versions by key ({@code id@1}, then {@code id@2} for those ended...) until
   * the open one, or the last one readers may see.
   */
  private Flux<UnitVersion> latestOf(List<String> ids, Set<String> pending) {
    Map<String, Integer> next = new HashMap<>();
    ids.forEach(id -> next.put(id, 1));
    Map<String, VersionDocument> latest = new HashMap<>();
    return Mono.defer(() -> followVersions(next, latest, pending))
        .thenMany(
            Flux.defer(
                () ->
                    Flux.fromIterable(ids)
                        .filter(latest::containsKey)
                        .map(id -> latest.get(id).toModel(pending))));
  }

  private Mono<Void> followVersions(
      Map<String, Integer> next, Map<String, VersionDocument> latest, Set<String> pending) {
    if (next.isEmpty()) {
      return Mono.empty();
    }
    List<String> keys = next.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).toList();
    return mongo
        .find(query(where("_id").in(keys)), VersionDocument.class)
        .collectList()
        .flatMap(
            found -> {
              Map<String, Integer> again = new HashMap<>();
              for (VersionDocument version : found) {
                if (version.openedBy() != null && pending.contains(version.openedBy())) {
                  continue; // not there yet for readers
                }
                latest.put(version.unitId(), version);
                boolean ended = version.closedBy() != null && !pending.contains(version.closedBy());
                if (ended) {
                  again.put(version.unitId(), version.seq() + 1);
                }
              }
              return followVersions(again, latest, pending);
            });
  }

  private Flux<UnitVersion> currentWhere(Criteria criteria, Sort sort, long skip, int limit) {
    return pending()
        .flatMapMany(
            pending -> {
              Query query =
                  query(current(criteria, pending))
                      .with(sort)
                      .skip(skip)
                      .cursorBatchSize(REPLY_BATCH);
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
