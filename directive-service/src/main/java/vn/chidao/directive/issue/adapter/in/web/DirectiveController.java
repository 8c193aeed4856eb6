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

/** Issue a directive and read it back. */
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
        .flatMap(caller -> issuing.issue(request.toCommand(), caller))
        .map(
            directive ->
                ResponseEntity.created(URI.create("/api/directives/" + directive.id()))
                    .body(DirectiveResponse.of(directive)));
  }

  @GetMapping("/{id}")
  Mono<DirectiveResponse> get(@PathVariable String id) {
    return Callers.current().flatMap(caller -> viewing.view(id, caller)).map(DirectiveResponse::of);
  }
}
