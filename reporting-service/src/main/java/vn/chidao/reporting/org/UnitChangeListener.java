package vn.chidao.reporting.org;

import reactor.core.publisher.Mono;
import vn.chidao.contracts.org.OrgUnitChanged;

/**
 * Told of a unit change once the read copy holds it as the newest state of the unit; called again
 * for a redelivered event, so it must be idempotent.
 */
public interface UnitChangeListener {

  Mono<?> onUnitChanged(OrgUnitChanged event);
}
