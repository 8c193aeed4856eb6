package vn.chidao.identity.org.adapter.in.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.ChangingDirectory;
import vn.chidao.platform.security.CurrentUser;

/** Changes to the tree; who may make which is decided in the application layer (AccessRules). */
@RestController
@RequestMapping("/api/org")
class OrgChangeController {

  /** Effective dates are Vietnamese calendar days. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ChangingDirectory changes;
  private final Clock clock;

  OrgChangeController(ChangingDirectory changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  @PostMapping("/units")
  Mono<ResponseEntity<ChangeSetView>> create(@Valid @RequestBody ChangeRequests.Create request) {
    return CurrentUser.get()
        .flatMap(caller -> changes.create(caller, request.toNewUnit(), day(request.effective())))
        .map(
            changeSet ->
                ResponseEntity.created(URI.create("/api/org/units/" + request.id()))
                    .body(ChangeSetView.of(changeSet)));
  }

  @PostMapping("/units/{id}/rename")
  Mono<ChangeSetView> rename(
      @PathVariable String id, @Valid @RequestBody ChangeRequests.Rename request) {
    return CurrentUser.get()
        .flatMap(
            caller ->
                changes.rename(
                    caller, id, request.name(), request.issuerAbbr(), day(request.effective())))
        .map(ChangeSetView::of);
  }

  @PostMapping("/units/{id}/move")
  Mono<ChangeSetView> move(
      @PathVariable String id, @Valid @RequestBody ChangeRequests.Move request) {
    return CurrentUser.get()
        .flatMap(caller -> changes.move(caller, id, request.parentId(), day(request.effective())))
        .map(ChangeSetView::of);
  }

  @PostMapping("/units/{id}/close")
  Mono<ChangeSetView> close(
      @PathVariable String id, @RequestBody(required = false) ChangeRequests.Close request) {
    LocalDate effective = day(request == null ? null : request.effective());
    return CurrentUser.get()
        .flatMap(caller -> changes.close(caller, id, effective))
        .map(ChangeSetView::of);
  }

  @PostMapping("/merges")
  Mono<ChangeSetView> merge(@Valid @RequestBody ChangeRequests.Merge request) {
    return CurrentUser.get()
        .flatMap(
            caller ->
                changes.merge(
                    caller, request.sourceIds(), request.successorId(), day(request.effective())))
        .map(ChangeSetView::of);
  }

  @PostMapping("/units/{id}/split")
  Mono<ChangeSetView> split(
      @PathVariable String id, @Valid @RequestBody ChangeRequests.Split request) {
    return CurrentUser.get()
        .flatMap(
            caller ->
                changes.split(
                    caller,
                    id,
                    request.parts().stream().map(ChangeRequests.Part::toNewUnit).toList(),
                    request.assignment(),
                    day(request.effective())))
        .map(ChangeSetView::of);
  }

  private LocalDate day(LocalDate requested) {
    return requested != null ? requested : LocalDate.now(clock.withZone(VIETNAM));
  }
}
