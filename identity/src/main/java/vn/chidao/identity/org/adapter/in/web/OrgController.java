package vn.chidao.identity.org.adapter.in.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.application.ReadingDirectory;
import vn.chidao.platform.security.CurrentUser;

/** Read access to the organisation directory; every route needs a token (platform security). */
@RestController
@RequestMapping("/api/org")
class OrgController {

  private final ReadingDirectory directory;

  OrgController(ReadingDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/me")
  Mono<MeView> me() {
    return CurrentUser.get().flatMap(directory::me).map(MeView::of);
  }

  @GetMapping("/units/{id}")
  Mono<UnitView> unit(@PathVariable String id) {
    return CurrentUser.get().flatMap(caller -> directory.unit(caller, id)).map(UnitView::of);
  }

  @GetMapping("/units/{id}/children")
  Mono<List<UnitView>> children(@PathVariable String id) {
    return CurrentUser.get()
        .flatMap(caller -> directory.children(caller, id))
        .map(units -> units.stream().map(UnitView::of).toList());
  }
}
