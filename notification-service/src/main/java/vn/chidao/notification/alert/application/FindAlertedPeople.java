package vn.chidao.notification.alert.application;

import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Flux;
import vn.chidao.notification.alert.model.UnitMember;

/** Looks up, in this service's read copy, who currently holds a position or role in some units. */
public interface FindAlertedPeople {

  /**
   * Active members of {@code unitIds} holding one of {@code positions} or having one of {@code
   * roles}: one query for up to a thousand units.
   */
  Flux<UnitMember> activeIn(
      List<String> unitIds, Collection<String> positions, Collection<String> roles);
}
