package vn.chidao.directive.draft;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Directive;

/**
 * Ends an issue of a draft that was cut short — the process died between the claim ({@code
 * ISSUING}) and the draft's last move. A draft issues as a directive with its own id, so the store
 * tells what happened: a directive with that id exists → the draft is {@code ISSUED} as it (its
 * delivery and event are the delivery and outbox relays' business); none → the issue never reached
 * its commit point, and the draft is a {@code DRAFT} again (at most a gap in the numbering). Should
 * an attempt thought dead store its directive after all, its own last move still marks the draft
 * issued, and a second issue of the draft fails at the insert (the id is taken) and settles too.
 */
@Service
class SettlingDrafts {

  private static final Logger log = LoggerFactory.getLogger(SettlingDrafts.class);

  private final DraftStore store;
  private final DirectiveStore directives;

  SettlingDrafts(DraftStore store, DirectiveStore directives) {
    this.store = store;
    this.directives = directives;
  }

  /** Settles every draft claimed before {@code claimedBefore} and still {@code ISSUING}. */
  Mono<Long> settleClaimedBefore(Instant claimedBefore) {
    return store
        .issuingSince(claimedBefore)
        .concatMap(
            id ->
                settle(id)
                    .map(directive -> "ISSUED as " + directive.id())
                    .defaultIfEmpty("DRAFT again")
                    .doOnNext(
                        outcome -> log.info("Draft {} left ISSUING settled: {}", id, outcome)))
        .count();
  }

  /**
   * The directive the draft became, the draft marked {@code ISSUED}; or empty, the draft back to
   * {@code DRAFT}, when no directive was stored.
   */
  Mono<Directive> settle(String draftId) {
    return directives
        .findById(draftId)
        .flatMap(directive -> markIssued(draftId, directive).thenReturn(directive))
        .switchIfEmpty(
            Mono.defer(() -> store.move(draftId, Draft.ISSUING, Draft.DRAFT, null))
                .then(Mono.empty()));
  }

  /** From {@code ISSUING}, or from {@code DRAFT} if it was settled back meanwhile. */
  Mono<Void> markIssued(String draftId, Directive directive) {
    return Flux.just(Draft.ISSUING, Draft.DRAFT)
        .concatMap(from -> store.move(draftId, from, Draft.ISSUED, directive.id()))
        .takeUntil(moved -> moved)
        .then();
  }
}
