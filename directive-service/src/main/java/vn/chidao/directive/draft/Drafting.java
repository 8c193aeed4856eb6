package vn.chidao.directive.draft;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.adapter.in.web.IssueDirectiveRequest;
import vn.chidao.directive.issue.application.IssuingDirective;
import vn.chidao.directive.issue.application.UnitDirectory;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.numbering.application.NumberingSettings;
import vn.chidao.platform.problem.ProblemException;

/**
 * Drafts of a unit: written, edited, previewed, then issued — numbered and delivered only then,
 * through the same issue use case and checks as a direct issue — or discarded. Nobody outside the
 * unit sees one (they get the same 404 as for a draft that does not exist).
 */
@Service
class Drafting {

  private final DraftStore store;
  private final IssuingDirective issuing;
  private final UnitDirectory units;
  private final NumberingSettings numbering;
  private final SettlingDrafts settling;
  private final Clock clock;

  Drafting(
      DraftStore store,
      IssuingDirective issuing,
      SettlingDrafts settling,
      UnitDirectory units,
      NumberingSettings numbering,
      Clock clock) {
    this.store = store;
    this.issuing = issuing;
    this.settling = settling;
    this.units = units;
    this.numbering = numbering;
    this.clock = clock;
  }

  Mono<Draft> create(IssueDirectiveRequest content, Caller caller) {
    if (caller.unitId() == null || caller.province() == null) {
      return Mono.error(
          ProblemException.forbidden(
              "issuer-unit-unknown", "Tài khoản của bạn chưa thuộc đơn vị nào."));
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return store.insert(
        new Draft(
            UUID.randomUUID().toString(),
            caller.unitId(),
            caller.province(),
            caller.username(),
            now,
            caller.username(),
            now,
            Draft.DRAFT,
            null,
            content));
  }

  Flux<Draft> ofCallersUnit(Caller caller, int page, int size) {
    if (caller.unitId() == null || caller.province() == null) {
      return Flux.empty();
    }
    return store.ofUnit(caller.unitId(), caller.province(), page, size);
  }

  Mono<Draft> get(String id, Caller caller) {
    return store
        .find(id)
        .filter(draft -> draft.isVisibleTo(caller))
        .switchIfEmpty(Mono.error(Drafting::notFound));
  }

  Mono<Draft> update(String id, IssueDirectiveRequest content, Caller caller) {
    return get(id, caller)
        .flatMap(
            draft ->
                store.replace(
                    id, content, caller.username(), clock.instant().truncatedTo(ChronoUnit.MILLIS)))
        .flatMap(replaced -> replaced ? get(id, caller) : Mono.error(Drafting.notEditable()));
  }

  Mono<Void> discard(String id, Caller caller) {
    return get(id, caller)
        .flatMap(draft -> store.discard(id))
        .flatMap(removed -> removed ? Mono.<Void>empty() : Mono.error(Drafting.notEditable()));
  }

  /**
   * Issues it: claimed first ({@code DRAFT → ISSUING}, so two clicks issue once), then issued like
   * a direct issue, as a directive whose id is the draft's (so it is stored at most once, however
   * often this is tried); a refusal puts it back to {@code DRAFT} unchanged. A claim a crash left
   * behind is settled by {@link SettlingDrafts}.
   */
  Mono<Directive> issue(String id, Caller caller) {
    return get(id, caller)
        .flatMap(
            draft ->
                store
                    .claim(id, clock.instant().truncatedTo(ChronoUnit.MILLIS))
                    .flatMap(
                        claimed ->
                            claimed
                                ? issueClaimed(draft, caller)
                                : Mono.error(Drafting.notEditable())));
  }

  private Mono<Directive> issueClaimed(Draft draft, Caller caller) {
    return Mono.defer(
            () -> issuing.issue(draft.id(), draft.content().toCommand(caller.unitId()), caller))
        .onErrorResume(
            failed ->
                // An earlier attempt may have stored it (its id is taken): then it is issued.
                settling.settle(draft.id()).switchIfEmpty(Mono.error(failed)))
        .flatMap(directive -> settling.markIssued(draft.id(), directive).thenReturn(directive));
  }

  /** How the document would print today, without a number (it gets one at issue). */
  Mono<DraftPreview> preview(String id, Caller caller) {
    return get(id, caller)
        .flatMap(
            draft ->
                units
                    .findByIds(List.of(draft.issuerUnitId()))
                    .map(
                        known -> DraftPreview.of(draft, known.get(draft.issuerUnitId()), today())));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), numbering.zone());
  }

  static ProblemException notFound() {
    return new ProblemException(
        HttpStatus.NOT_FOUND,
        "draft-not-found",
        "Không tìm thấy",
        "Không tìm thấy dự thảo này trong các dự thảo của đơn vị bạn.");
  }

  static ProblemException notEditable() {
    return ProblemException.conflict(
        "draft-not-editable",
        "Dự thảo đã được ban hành hoặc đang được ban hành; không thể sửa, ban hành lại hay hủy.");
  }
}
