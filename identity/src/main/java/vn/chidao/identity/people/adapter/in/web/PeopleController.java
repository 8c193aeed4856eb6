package vn.chidao.identity.people.adapter.in.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.identity.people.application.ManagingMemberships;
import vn.chidao.identity.people.application.ReadingPeople;
import vn.chidao.platform.security.CurrentUser;

/** The people of units: who holds which post, joining, changing posts, leaving. */
@RestController
@RequestMapping("/api/org")
class PeopleController {

  private final ManagingMemberships managing;
  private final ReadingPeople reading;

  PeopleController(ManagingMemberships managing, ReadingPeople reading) {
    this.managing = managing;
    this.reading = reading;
  }

  @GetMapping("/units/{unitId}/members")
  Mono<MemberPageView> members(
      @PathVariable String unitId,
      @RequestParam(defaultValue = "false") boolean subtree,
      @RequestParam(defaultValue = "false") boolean includeLeft,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return CurrentUser.get()
        .flatMap(caller -> reading.members(caller, unitId, subtree, includeLeft, page, size))
        .map(MemberPageView::of);
  }

  @PostMapping("/units/{unitId}/members")
  Mono<ResponseEntity<MembershipChangeView>> join(
      @PathVariable String unitId, @Valid @RequestBody PeopleRequests.Join request) {
    return CurrentUser.get()
        .flatMap(caller -> managing.join(caller, unitId, request.toCommand()))
        .map(
            result ->
                ResponseEntity.created(
                        URI.create("/api/org/units/" + unitId + "/members/" + request.username()))
                    .body(MembershipChangeView.of(result)));
  }

  @PutMapping("/units/{unitId}/members/{username}")
  Mono<MembershipChangeView> change(
      @PathVariable String unitId,
      @PathVariable String username,
      @Valid @RequestBody PeopleRequests.Change request) {
    return CurrentUser.get()
        .flatMap(caller -> managing.change(caller, unitId, username, request.toCommand(username)))
        .map(MembershipChangeView::of);
  }

  /** The person leaves the unit (the post stays in the directory, inactive). */
  @DeleteMapping("/units/{unitId}/members/{username}")
  Mono<MembershipChangeView> leave(@PathVariable String unitId, @PathVariable String username) {
    return CurrentUser.get()
        .flatMap(caller -> managing.leave(caller, unitId, username))
        .map(MembershipChangeView::of);
  }

  @GetMapping("/people/{username}")
  Mono<List<MemberView>> person(@PathVariable String username) {
    return CurrentUser.get()
        .flatMap(caller -> reading.person(caller, username))
        .map(members -> members.stream().map(MemberView::of).toList());
  }

  /** Publishes the person's memberships and provisions their account again; idempotent. */
  @PostMapping("/people/{username}/sync")
  Mono<Map<String, String>> sync(@PathVariable String username) {
    return CurrentUser.get()
        .flatMap(caller -> managing.resync(caller, username))
        .map(outcome -> Map.of("username", username, "account", outcome.name()));
  }
}
