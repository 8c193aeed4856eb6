package vn.chidao.directive.delivery.application;

import java.util.List;
import reactor.core.publisher.Flux;
import vn.chidao.directive.delivery.model.CandidateUnit;

/** Open units of the directory read copy. */
public interface AudienceSource {

  /** Every open unit at or below {@code path}; only units of {@code kinds} unless it is empty. */
  Flux<CandidateUnit> subtree(String path, List<String> kinds);
}
