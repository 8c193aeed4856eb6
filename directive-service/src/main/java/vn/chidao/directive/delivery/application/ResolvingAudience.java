package vn.chidao.directive.delivery.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import vn.chidao.directive.delivery.model.Audience;
import vn.chidao.directive.delivery.model.AudienceMember;
import vn.chidao.directive.issue.model.Addressing;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Unit;

/**
 * Turns an allowed distribution list into its audience against the directory read copy: named
 * units, whole subtrees, or units of given kinds within a subtree; each unit once, with the
 * strongest purpose of the entries that reach it. Streamed, so a delivery writes the first rows
 * while the read copy is still being read.
 */
@Service
public class ResolvingAudience {

  private final AudienceSource units;

  public ResolvingAudience(AudienceSource units) {
    this.units = units;
  }

  public Flux<AudienceMember> members(Addressing.Allowed allowed) {
    Map<String, Unit> named = new LinkedHashMap<>();
    allowed.recipients().forEach(unit -> named.put(unit.id(), unit));
    Map<Recipient, Unit> entries = new LinkedHashMap<>();
    allowed.distribution().forEach(entry -> entries.put(entry, named.get(entry.unitId())));
    return units
        .reachable(entries.entrySet())
        .map(unit -> Audience.memberOf(entries, unit))
        .filter(Objects::nonNull);
  }
}
