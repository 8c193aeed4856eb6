package vn.chidao.identity.org.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.NewUnit;
import vn.chidao.identity.org.model.OrgHistory;
import vn.chidao.identity.org.model.OrgRuleViolation;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;

/**
 * The write operations on the tree: each checks who may do it, loads the part of the history it
 * needs, lets the model decide the change set and applies it.
 */
@Service
public class ChangingDirectory {

  private final HistoryStore history;
  private final ApplyingChanges applying;

  public ChangingDirectory(HistoryStore history, ApplyingChanges applying) {
    this.history = history;
    this.applying = applying;
  }

  public Mono<ChangeSet> create(ChidaoUser caller, NewUnit unit, LocalDate day) {
    return change(
        caller,
        new Scope(List.of(), List.of(unit.parentId()), List.of(unit.id()), false),
        tree -> tree.create(unit, day));
  }

  public Mono<ChangeSet> rename(
      ChidaoUser caller, String id, String name, String issuerAbbr, LocalDate day) {
    return change(
        caller,
        new Scope(List.of(id), List.of(), List.of(), false),
        tree -> tree.rename(id, name, issuerAbbr, day));
  }

  public Mono<ChangeSet> move(ChidaoUser caller, String id, String parentId, LocalDate day) {
    return change(
        caller,
        new Scope(List.of(id), List.of(parentId), List.of(), false),
        tree -> tree.move(id, parentId, day));
  }

  public Mono<ChangeSet> close(ChidaoUser caller, String id, LocalDate day) {
    return change(
        caller, new Scope(List.of(id), List.of(), List.of(), false), tree -> tree.close(id, day));
  }

  public Mono<ChangeSet> merge(
      ChidaoUser caller, List<String> sourceIds, String successorId, LocalDate day) {
    return change(
        caller,
        new Scope(sourceIds, List.of(successorId), List.of(), false),
        tree -> tree.merge(sourceIds, successorId, day));
  }

  public Mono<ChangeSet> split(
      ChidaoUser caller,
      String id,
      List<NewUnit> parts,
      Map<String, String> assignment,
      LocalDate day) {
    List<String> anchors = new ArrayList<>();
    List<String> newIds = new ArrayList<>();
    boolean besideTheUnit = false;
    for (NewUnit part : parts == null ? List.<NewUnit>of() : parts) {
      newIds.add(part.id());
      if (part.parentId() != null) {
        anchors.add(part.parentId());
      } else {
        besideTheUnit = true;
      }
    }
    return change(
        caller,
        new Scope(List.of(id), anchors, newIds, besideTheUnit),
        tree -> tree.split(id, parts, assignment, day));
  }

  /**
   * @param targets units the operation changes (with their subtrees)
   * @param anchors units it attaches something to
   * @param newIds ids it founds, checked against the whole history
   * @param attachesToTargetsParent new units go beside the target (a split's default)
   */
  private record Scope(
      Collection<String> targets,
      Collection<String> anchors,
      Collection<String> newIds,
      boolean attachesToTargetsParent) {}

  private Mono<ChangeSet> change(
      ChidaoUser caller, Scope scope, Function<OrgHistory, ChangeSet> operation) {
    return Mono.fromRunnable(() -> AccessRules.requireAdmin(caller))
        .then(load(caller, scope))
        .map(tree -> decide(tree, operation))
        .flatMap(changeSet -> applying.apply(changeSet, caller.username()));
  }

  /**
   * Loads the targets with their current subtrees, the anchors and every version of the new ids,
   * checking on the way that the caller may touch each (foreign or unknown → 404, outside → 403).
   */
  private Mono<OrgHistory> load(ChidaoUser caller, Scope scope) {
    Flux<UnitVersion> targets =
        Flux.fromIterable(scope.targets())
            .concatMap(
                id ->
                    existing(caller, id)
                        .doOnNext(unit -> AccessRules.requireManages(caller, unit))
                        .flatMapMany(
                            unit ->
                                history
                                    .currentSubtree(unit.path(), null, null, 0, 0)
                                    .concatWith(history.versions(id))
                                    .concatWith(parentOf(caller, unit, scope))));
    Flux<UnitVersion> anchors =
        Flux.fromIterable(scope.anchors())
            .concatMap(
                id ->
                    existing(caller, id)
                        .doOnNext(unit -> AccessRules.requireMayAttachTo(caller, unit))
                        .flatMapMany(unit -> history.versions(id)));
    Flux<UnitVersion> founded = Flux.fromIterable(scope.newIds()).concatMap(history::versions);
    return Flux.concat(targets, anchors, founded)
        .collectList()
        .map(versions -> OrgHistory.of(versions));
  }

  /** The target's parent: model rules need it (a split founds its parts beside the target). */
  private Mono<UnitVersion> parentOf(ChidaoUser caller, UnitVersion unit, Scope scope) {
    if (unit.parentId() == null) {
      return Mono.empty();
    }
    return history
        .current(unit.parentId())
        .doOnNext(
            parent -> {
              if (scope.attachesToTargetsParent()) {
                if (!AccessRules.visible(caller, parent)) {
                  throw AccessRules.notFound(parent.unitId());
                }
                AccessRules.requireMayAttachTo(caller, parent);
              }
            });
  }

  private Mono<UnitVersion> existing(ChidaoUser caller, String id) {
    if (id == null || id.isBlank()) {
      return Mono.error(
          ProblemException.badRequest("unit-id-required", "Thiếu mã đơn vị cần thao tác."));
    }
    return history
        .current(id)
        .filter(unit -> AccessRules.visible(caller, unit))
        .switchIfEmpty(Mono.error(() -> AccessRules.notFound(id)));
  }

  private static ChangeSet decide(OrgHistory tree, Function<OrgHistory, ChangeSet> operation) {
    try {
      return operation.apply(tree);
    } catch (OrgRuleViolation violation) {
      throw violation.isConflict()
          ? ProblemException.conflict(violation.code(), violation.getMessage())
          : ProblemException.badRequest(violation.code(), violation.getMessage());
    }
  }
}
