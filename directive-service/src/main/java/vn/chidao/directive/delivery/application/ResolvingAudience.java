package vn.chidao.directive.delivery.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.model.Audience;
import vn.chidao.directive.delivery.model.CandidateUnit;
import vn.chidao.directive.issue.model.Addressing;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Scope;
import vn.chidao.directive.issue.model.Unit;
import vn.chidao.platform.problem.ProblemException;

/**
 * Turns an allowed distribution list into its audience against the directory read copy: named
 * units, whole subtrees, or units of given kinds within a subtree. An audience without a single
 * open unit is refused before anything is stored.
 */
@Service
public class ResolvingAudience {

  private final AudienceSource units;

  public ResolvingAudience(AudienceSource units) {
    this.units = units;
  }

  public Mono<Audience> resolve(Addressing.Allowed allowed) {
    Map<String, Unit> named = new LinkedHashMap<>();
    allowed.recipients().forEach(unit -> named.put(unit.id(), unit));
    Map<Recipient, Unit> entries = new LinkedHashMap<>();
    List<CandidateUnit> direct = new ArrayList<>();
    List<Flux<CandidateUnit>> subtrees = new ArrayList<>();
    for (Recipient entry : allowed.distribution()) {
      Unit unit = named.get(entry.unitId());
      entries.put(entry, unit);
      if (entry.scope() == Scope.UNIT) {
        direct.add(new CandidateUnit(unit.id(), unit.tenant(), unit.path(), unit.kind()));
      } else {
        subtrees.add(units.subtree(unit.path(), entry.kinds()));
      }
    }
    return Flux.concat(subtrees)
        .collectList()
        .map(
            found -> {
              found.addAll(direct);
              return Audience.resolve(entries, found);
            })
        .flatMap(
            audience ->
                audience.isEmpty()
                    ? Mono.error(
                        new ProblemException(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "audience-empty",
                            "Dữ liệu không hợp lệ",
                            "Danh sách nơi nhận không bao gồm đơn vị nào đang hoạt động; văn bản"
                                + " không được ban hành."))
                    : Mono.just(audience));
  }
}
