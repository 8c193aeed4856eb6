package vn.chidao.identity.org.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.UnitVersion;

/**
 * The dated history of units and the change sets that write it (ADR 0004). Every read leaves out
 * what a change set still being applied wrote, so a half-applied change is never seen.
 */
public interface HistoryStore {

  /** The unit's current version; empty if it never existed or is closed. */
  Mono<UnitVersion> current(String unitId);

  /** Every version of the unit, oldest first. */
  Flux<UnitVersion> versions(String unitId);

  Flux<UnitVersion> currentChildren(String parentId);

  /**
   * Current units at or below {@code path}, ordered by path.
   *
   * @param kind only units of this kind; null for all
   * @param tenant only units of this tenant; null for all
   */
  Flux<UnitVersion> currentSubtree(String path, String kind, String tenant, long skip, int limit);

  Mono<Long> countSubtree(String path, String kind, String tenant);

  Flux<UnitVersion> currentByIds(Collection<String> ids);

  /**
   * The latest version readers may see of each unit that ever existed: open for a current unit,
   * ended for a closed one; nothing for an id never used. Found by version keys ({@code id@1},
   * {@code id@2}...), so it costs a few key lookups per thousand units, not a scan per unit.
   */
  Flux<UnitVersion> latestVersions(Collection<String> unitIds);

  /** Units at or below {@code path} as they stood on {@code day}, ordered by path. */
  Flux<UnitVersion> asOf(LocalDate day, String path, String tenant);

  /** Current units whose folded name contains {@code folded}, ordered by path. */
  Flux<UnitVersion> search(String folded, String tenant, int limit);

  /** Stores the change set as PENDING; nothing of it is visible yet. */
  Mono<RecordedChangeSet> record(ChangeSet changeSet, String requestedBy);

  /**
   * Writes the change set's versions; safe to repeat.
   *
   * @return an error {@link ChangeSetConflict} when another change set got to a version first
   */
  default Mono<Void> write(ChangeSet changeSet) {
    return write(changeSet, written -> {});
  }

  /**
   * Writes the change set's versions, telling {@code progress} how many of its {@link
   * ChangeSet#size()} writes are done after each batch.
   */
  Mono<Void> write(ChangeSet changeSet, LongConsumer progress);

  /** Removes what {@link #write} did for this change set. */
  Mono<Void> undo(ChangeSet changeSet);

  Mono<Void> mark(String changeSetId, ChangeSetStatus status);

  /** How many of the change set's units (in {@link ChangeSet#finalStates} order) are published. */
  Mono<Void> markPublished(String changeSetId, int publishedUnits);

  /** How far a change set got; empty for an unknown id. */
  Mono<ChangeSetStatus> status(String changeSetId);

  /** Change sets recorded before {@code recordedBefore}, not yet PUBLISHED nor ABANDONED. */
  Flux<RecordedChangeSet> unfinished(Instant recordedBefore);

  /** Writes a first version for a unit that has no history yet; true when it wrote one. */
  Mono<Boolean> bootstrap(UnitVersion first);

  /**
   * Writes first versions for those units that have no history yet, in bulk; returns how many it
   * wrote.
   */
  Mono<Long> bootstrapAll(List<UnitVersion> firsts);

  /**
   * A change set as stored, with how far it got.
   *
   * @param recordedAt when it was recorded: the time of its events ({@code occurredAt})
   * @param publishedUnits how many of its final states were already published
   */
  record RecordedChangeSet(
      ChangeSet changeSet, ChangeSetStatus status, Instant recordedAt, int publishedUnits) {}
}
