package vn.chidao.directive.draft;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.in.web.IssueDirectiveRequest;
import vn.chidao.directive.issue.adapter.in.web.Paging;

/**
 * Drafts (dự thảo): write, list, read, edit, preview, issue, discard. Writing needs the {@code
 * issuer} role; reading needs only to belong to the unit that wrote it.
 */
@RestController
@RequestMapping(path = "/api/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
class DraftController {

  /** A page of the unit's drafts. */
  record DraftPage(List<DraftResponse> items, int page, int size) {}

  private final Drafting drafting;

  DraftController(Drafting drafting) {
    this.drafting = drafting;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer')")
  Mono<ResponseEntity<DraftResponse>> create(@Valid @RequestBody IssueDirectiveRequest content) {
    return Callers.current()
        .flatMap(caller -> drafting.create(content, caller))
        .map(
            draft ->
                ResponseEntity.created(URI.create("/api/drafts/" + draft.id()))
                    .body(DraftResponse.of(draft)));
  }

  @GetMapping
  Mono<DraftPage> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return Callers.current()
        .flatMapMany(caller -> drafting.ofCallersUnit(caller, page, size))
        .map(DraftResponse::of)
        .collectList()
        .map(items -> new DraftPage(items, page, size));
  }

  @GetMapping("/{id}")
  Mono<DraftResponse> get(@PathVariable String id) {
    return Callers.current().flatMap(caller -> drafting.get(id, caller)).map(DraftResponse::of);
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer')")
  Mono<DraftResponse> update(
      @PathVariable String id, @Valid @RequestBody IssueDirectiveRequest content) {
    return Callers.current()
        .flatMap(caller -> drafting.update(id, content, caller))
        .map(DraftResponse::of);
  }

  @GetMapping("/{id}/preview")
  Mono<DraftPreview> preview(@PathVariable String id) {
    return Callers.current().flatMap(caller -> drafting.preview(id, caller));
  }

  @PostMapping("/{id}/issue")
  @PreAuthorize("hasRole('issuer')")
  Mono<ResponseEntity<DirectiveResponse>> issue(@PathVariable String id) {
    return Callers.current()
        .flatMap(caller -> drafting.issue(id, caller))
        .map(
            directive ->
                ResponseEntity.created(URI.create("/api/directives/" + directive.id()))
                    .body(DirectiveResponse.of(directive)));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize("hasRole('issuer')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> discard(@PathVariable String id) {
    return Callers.current().flatMap(caller -> drafting.discard(id, caller));
  }
}
