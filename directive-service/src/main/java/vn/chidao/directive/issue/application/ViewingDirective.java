package vn.chidao.directive.issue.application;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.platform.problem.ProblemException;

/** Shows one directive to someone allowed to see it; to anyone else it does not exist. */
@Service
public class ViewingDirective {

  private final DirectiveStore store;

  public ViewingDirective(DirectiveStore store) {
    this.store = store;
  }

  public Mono<Directive> view(String id, Caller caller) {
    return store
        .findById(id)
        .filter(directive -> directive.isVisibleTo(caller))
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.notFound(
                        "directive-not-found", "Không tìm thấy văn bản được yêu cầu.")));
  }
}
