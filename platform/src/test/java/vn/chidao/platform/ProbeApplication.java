package vn.chidao.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;

/** A tiny service exercising the platform the way real services use it. */
@SpringBootApplication
class ProbeApplication {

  record Note(
      @NotBlank(message = "Trích yếu không được để trống")
          @Size(max = 20, message = "Trích yếu tối đa 20 ký tự")
          String subject) {}

  @RestController
  static class ProbeController {

    @PostMapping("/notes")
    Mono<Note> create(@Valid @RequestBody Note note) {
      return Mono.just(note);
    }

    @GetMapping("/me")
    ChidaoUser me(@AuthenticationPrincipal Jwt jwt) {
      return ChidaoUser.from(jwt);
    }

    record Paging(@jakarta.validation.constraints.Min(0) int page) {}

    @GetMapping("/paged")
    Mono<Paging> paged(@Valid Paging paging) {
      return Mono.just(paging);
    }

    @GetMapping("/refused")
    Mono<String> refused() {
      return Mono.error(
          ProblemException.forbidden("outside-subtree", "Đơn vị nhận nằm ngoài phạm vi của bạn."));
    }

    @GetMapping("/broken")
    Mono<String> broken() {
      return Mono.error(new IllegalStateException("secret internal detail"));
    }

    @GetMapping("/conflict")
    Mono<String> conflict() {
      return Mono.error(
          new org.springframework.web.server.ResponseStatusException(HttpStatus.CONFLICT));
    }
  }
}
