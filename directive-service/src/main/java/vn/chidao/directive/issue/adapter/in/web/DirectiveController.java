package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.application.IssuingDirective;
import vn.chidao.directive.issue.application.ViewingDirective;
import vn.chidao.directive.issue.model.Directive;

/**
 * Issue a directive, read it back (which marks it read for a receiving unit), forward it, amend it.
 */
@RestController
@RequestMapping(path = "/api/directives", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectiveController {

  private final IssuingDirective issuing;
  private final ViewingDirective viewing;

  DirectiveController(IssuingDirective issuing, ViewingDirective viewing) {
    this.issuing = issuing;
    this.viewing = viewing;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer')")
  Mono<ResponseEntity<DirectiveResponse>> issue(@Valid @RequestBody IssueDirectiveRequest request) {
    return Callers.current()
        .flatMap(caller -> issuing.issue(request.toCommand(caller.unitId()), caller))
        .map(DirectiveController::created);
  }

  @GetMapping("/{id}")
  Mono<DirectiveResponse> get(@PathVariable String id) {
    return Callers.current()
        .flatMap(caller -> viewing.open(id, caller))
        .flatMap(
            directive ->
                viewing
                    .amendments(id)
                    .collectList()
                    .map(amendments -> DirectiveResponse.of(directive, amendments)));
  }

  @PostMapping(path = "/{id}/amend", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer')")
  Mono<ResponseEntity<DirectiveResponse>> amend(
      @PathVariable String id, @Valid @RequestBody AmendRequest request) {
    return Callers.current()
        .flatMap(
            caller ->
                viewing
                    .view(id, caller)
                    .flatMap(
                        original ->
                            issuing.amend(
                                id,
                                request
                                    .asIssue(
                                        original.content().docType().code(),
                                        original.symbol(),
                                        original.content().subject(),
                                        original.content().secrecy().name(),
                                        original.details().recipients())
                                    .toCommand(caller.unitId()),
                                caller)))
        .map(DirectiveController::created);
  }

  @PostMapping(path = "/{id}/forward", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer')")
  Mono<ResponseEntity<DirectiveResponse>> forward(
      @PathVariable String id, @Valid @RequestBody ForwardRequest request) {
    return Callers.current()
        .flatMap(
            caller ->
                viewing
                    .view(id, caller)
                    .flatMap(
                        original ->
                            issuing.forward(
                                id,
                                request
                                    .asIssue(original.symbol(), original.content().subject())
                                    .toCommand(caller.unitId()),
                                caller)))
        .map(DirectiveController::created);
  }

  private static ResponseEntity<DirectiveResponse> created(Directive directive) {
    return ResponseEntity.created(URI.create("/api/directives/" + directive.id()))
        .body(DirectiveResponse.of(directive));
  }
}
