package vn.chidao.directive.issue.adapter.out.units;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.application.UnitDirectory;
import vn.chidao.directive.issue.model.Unit;
import vn.chidao.directive.org.UnitDocument;
import vn.chidao.directive.org.UnitReadCopy;

/** Answers unit look-ups from this service's read copy of the tree. */
@Component
class ReadCopyUnitDirectory implements UnitDirectory {

  private final UnitReadCopy copy;

  ReadCopyUnitDirectory(UnitReadCopy copy) {
    this.copy = copy;
  }

  @Override
  public Mono<Map<String, Unit>> findByIds(Collection<String> ids) {
    return copy.findByIds(ids).map(ReadCopyUnitDirectory::toUnit).collectMap(Unit::id);
  }

  private static Unit toUnit(UnitDocument unit) {
    return new Unit(
        unit.id(),
        unit.tenant(),
        unit.path(),
        unit.name(),
        unit.isActive(),
        unit.kind(),
        unit.issuerAbbr());
  }
}
