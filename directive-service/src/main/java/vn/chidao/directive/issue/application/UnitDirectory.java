package vn.chidao.directive.issue.application;

import java.util.Collection;
import java.util.Map;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Unit;

/** The organisation tree as far as issuing needs it. */
public interface UnitDirectory {

  /** The units among {@code ids} that are known, by id; unknown ids are simply absent. */
  Mono<Map<String, Unit>> findByIds(Collection<String> ids);
}
