package vn.chidao.directive.lineage.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.model.ReceiptNodes;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.application.ViewingDirective;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveStatus;
import vn.chidao.directive.issue.model.Reference;
import vn.chidao.directive.receipt.application.ReceiptStore;
import vn.chidao.directive.receipt.model.ReceiptCounts;

/**
 * How far a directive travelled: the tree of documents that cite it (implementing documents,
 * covering notes, amendments, and theirs in turn), and the chain of documents one document descends
 * from, each with its audience and receipt progress (the running totals, one read per node). A
 * caller sees the nodes they may read — issued or received by their unit, issued below it in their
 * province, or everything for the centre; a hidden node hides its descendants too.
 */
@Service
public class TracingLineage {

  /** Levels followed at most: NQ/TW → KH/TU → CTr/ĐUK → CV/ĐU → … never gets near it. */
  public static final int MAX_DEPTH = 12;

  public static final int MAX_NODES = 2_000;

  private final DirectiveStore directives;
  private final ViewingDirective viewing;
  private final ReceiptStore receipts;

  public TracingLineage(
      DirectiveStore directives, ViewingDirective viewing, ReceiptStore receipts) {
    this.directives = directives;
    this.viewing = viewing;
    this.receipts = receipts;
  }

  /** One document in a lineage with its receipt progress. */
  public record Node(
      Directive directive,
      String relation,
      boolean flagged,
      ReceiptCounts progress,
      List<Node> children) {}

  /** The tree of documents descending from {@code id}. */
  public Mono<Node> descendants(String id, Caller caller) {
    return viewing
        .view(id, caller)
        .flatMap(
            root ->
                levels(root, caller)
                    .flatMap(
                        byParent ->
                            progressOf(all(root, byParent))
                                .map(progress -> build(root, null, false, byParent, progress))));
  }

  /** The chain of ancestors of {@code id}, the oldest first, ending with the document itself. */
  public Mono<List<Node>> ancestors(String id, Caller caller) {
    return viewing
        .view(id, caller)
        .flatMap(
            document ->
                Mono.just(List.of(document))
                    .expand(
                        frontier -> {
                          List<String> parents =
                              frontier.stream()
                                  .flatMap(d -> d.details().parentIds().stream())
                                  .distinct()
                                  .toList();
                          return parents.isEmpty()
                              ? Mono.empty()
                              : directives.findByIds(parents).collectList();
                        })
                    .take(MAX_DEPTH)
                    .flatMapIterable(level -> level)
                    .filter(d -> d.id().equals(id) || readable(d, caller))
                    .collectList())
        .flatMap(
            chain -> {
              List<Directive> oldestFirst = new ArrayList<>(chain);
              Collections.reverse(oldestFirst);
              Map<String, Directive> distinct = new LinkedHashMap<>();
              oldestFirst.forEach(d -> distinct.putIfAbsent(d.id(), d));
              return progressOf(new ArrayList<>(distinct.values()))
                  .map(
                      progress -> {
                        List<Node> nodes = new ArrayList<>();
                        boolean recalledAbove = false;
                        for (Directive d : distinct.values()) {
                          nodes.add(
                              new Node(
                                  d,
                                  null,
                                  recalledAbove || !d.upstreamRecalled().isEmpty(),
                                  progress.get(d.id()),
                                  List.of()));
                          recalledAbove |= d.status() == DirectiveStatus.RECALLED;
                        }
                        return nodes;
                      });
            });
  }

  /** Ids of every document descending from {@code id}, whoever may read them (for flagging). */
  public Mono<List<String>> descendantIds(String id) {
    Set<String> seen = new HashSet<>();
    return Mono.just(List.of(id))
        .expand(
            frontier ->
                frontier.isEmpty() || seen.size() >= MAX_NODES
                    ? Mono.empty()
                    : directives
                        .findCiting(frontier)
                        .map(Directive::id)
                        .filter(seen::add)
                        .collectList())
        .take(MAX_DEPTH)
        .then(Mono.fromSupplier(() -> List.copyOf(seen)));
  }

  private Mono<Map<String, List<Directive>>> levels(Directive root, Caller caller) {
    Map<String, List<Directive>> byParent = new HashMap<>();
    Set<String> seen = new HashSet<>(List.of(root.id()));
    return Mono.just(List.of(root.id()))
        .expand(
            frontier ->
                frontier.isEmpty() || seen.size() >= MAX_NODES
                    ? Mono.empty()
                    : directives
                        .findCiting(frontier)
                        .filter(child -> readable(child, caller))
                        .filter(child -> seen.add(child.id()))
                        .doOnNext(
                            child ->
                                child.details().parentIds().stream()
                                    .filter(frontier::contains)
                                    .forEach(
                                        parent ->
                                            byParent
                                                .computeIfAbsent(parent, key -> new ArrayList<>())
                                                .add(child)))
                        .map(Directive::id)
                        .collectList())
        .take(MAX_DEPTH)
        .then(Mono.just(byParent));
  }

  private static boolean readable(Directive directive, Caller caller) {
    return directive.isVisibleTo(caller) || directive.isSupervisedBy(caller);
  }

  private static List<Directive> all(Directive root, Map<String, List<Directive>> byParent) {
    List<Directive> all = new ArrayList<>();
    all.add(root);
    byParent.values().forEach(all::addAll);
    return all;
  }

  private Mono<Map<String, ReceiptCounts>> progressOf(List<Directive> documents) {
    return Flux.fromIterable(documents)
        .map(Directive::id)
        .distinct()
        .flatMap(id -> receipts.counter(id, ReceiptNodes.TOTAL).map(c -> Map.entry(id, c)), 8)
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  private static Node build(
      Directive directive,
      String relation,
      boolean recalledAbove,
      Map<String, List<Directive>> byParent,
      Map<String, ReceiptCounts> progress) {
    boolean flagged = recalledAbove || !directive.upstreamRecalled().isEmpty();
    boolean recalled = directive.status() == DirectiveStatus.RECALLED;
    List<Node> children = new ArrayList<>();
    for (Directive child : byParent.getOrDefault(directive.id(), List.of())) {
      String how =
          child.details().references().stream()
              .filter(r -> directive.id().equals(r.directiveId()))
              .map(Reference::relation)
              .map(Enum::name)
              .findFirst()
              .orElse(null);
      children.add(build(child, how, flagged || recalled, byParent, progress));
    }
    return new Node(directive, relation, flagged, progress.get(directive.id()), children);
  }
}
