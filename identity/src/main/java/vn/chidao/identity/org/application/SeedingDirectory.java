package vn.chidao.identity.org.application;

import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.identity.org.model.OrgDirectory;

/**
 * Loads a whole directory into the store. Idempotent: running it again with the same directory
 * changes nothing, so it is safe on every start and on several instances at once.
 */
@Service
public class SeedingDirectory {

  private final UnitStore units;
  private final MembershipStore memberships;

  public SeedingDirectory(UnitStore units, MembershipStore memberships) {
    this.units = units;
    this.memberships = memberships;
  }

  public Mono<SeedReport> seed(OrgDirectory directory) {
    Mono<List<Change>> unitChanges =
        Flux.fromIterable(directory.units()).concatMap(units::put).collectList();
    Mono<List<Change>> membershipChanges =
        Flux.fromIterable(directory.memberships()).concatMap(memberships::put).collectList();
    return unitChanges.zipWhen(ignored -> membershipChanges, SeedReport::of);
  }
}
