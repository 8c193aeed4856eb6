package vn.chidao.directive.recall.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.adapter.in.web.Callers;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.recall.application.RecallingDirective;

/** {@code POST /api/directives/{id}/recall}: the issuing unit withdraws a directive. */
@RestController
@RequestMapping(path = "/api/directives", produces = MediaType.APPLICATION_JSON_VALUE)
class RecallController {

  /** Why it is recalled, shown to every unit it reached. */
  record RecallRequest(
      @NotBlank(message = "Lý do thu hồi là bắt buộc")
          @Size(max = 1000, message = "Lý do thu hồi không được dài quá {max} ký tự")
          String reason) {}

  private final RecallingDirective recalling;

  RecallController(RecallingDirective recalling) {
    this.recalling = recalling;
  }

  @PostMapping(path = "/{id}/recall", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('issuer') or hasRole('central-admin')")
  Mono<DirectiveResponse> recall(
      @PathVariable String id, @Valid @RequestBody RecallRequest request) {
    return Callers.current()
        .flatMap(caller -> recalling.recall(id, request.reason(), caller))
        .map(DirectiveResponse::of);
  }
}
