package vn.chidao.directive.issue.application;

import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.Relation;
import vn.chidao.directive.receipt.application.TrackingReceipts;
import vn.chidao.platform.problem.ProblemException;

/**
 * Shows one directive to someone allowed to see it; to anyone else it does not exist. Allowed are
 * the issuing unit and its superiors in its province, the named recipients, every unit the
 * directive reached (through a subtree) and the centre. A receiving unit's user opening it marks it
 * read for their unit.
 */
@Service
public class ViewingDirective {

  private final DirectiveStore store;
  private final TrackingReceipts receipts;

  public ViewingDirective(DirectiveStore store, TrackingReceipts receipts) {
    this.store = store;
    this.receipts = receipts;
  }

  /** Reads it and records that the caller's unit opened it. */
  public Mono<Directive> open(String id, Caller caller) {
    return view(id, caller)
        .flatMap(directive -> receipts.opened(directive, caller).thenReturn(directive));
  }

  /** Reads it without recording anything. */
  public Mono<Directive> view(String id, Caller caller) {
    return store
        .findById(id)
        .filterWhen(directive -> mayRead(directive, caller))
        .switchIfEmpty(Mono.error(ViewingDirective::notFound));
  }

  /** The documents that amend (sửa đổi, bổ sung) the directive, oldest first. */
  public Flux<Directive> amendments(String id) {
    return store
        .findCiting(List.of(id))
        .filter(
            citing ->
                citing.details().references().stream()
                    .anyMatch(
                        reference ->
                            id.equals(reference.directiveId())
                                && reference.relation() == Relation.AMENDS));
  }

  private Mono<Boolean> mayRead(Directive directive, Caller caller) {
    if (directive.isVisibleTo(caller) || directive.isSupervisedBy(caller)) {
      return Mono.just(true);
    }
    return receipts.ofCaller(directive.id(), caller).hasElement();
  }

  public static ProblemException notFound() {
    return ProblemException.notFound("directive-not-found", "Không tìm thấy văn bản được yêu cầu.");
  }
}
