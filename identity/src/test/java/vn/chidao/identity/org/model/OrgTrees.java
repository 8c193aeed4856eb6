package vn.chidao.identity.org.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small trees for model tests, built through the same operations the service uses. */
final class OrgTrees {

  static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

  private OrgTrees() {}

  static OrgHistory empty() {
    AtomicInteger changeSets = new AtomicInteger();
    return new OrgHistory(List.of(), () -> "cs-" + changeSets.incrementAndGet());
  }

  /**
   * tw / dong-nai / {dn-a / {dn-a-cb1, dn-a-cb2}, dn-b / dn-b-cb1, dn-c}, tw / quang-ngai / qn-a.
   */
  static OrgHistory demo() {
    OrgHistory history = empty();
    List<NewUnit> units = new ArrayList<>();
    units.add(new NewUnit("tw", null, "CENTRAL_COMMITTEE", "Ban Chấp hành Trung ương", "TW"));
    units.add(new NewUnit("dong-nai", "tw", "PROVINCIAL_COMMITTEE", "Tỉnh ủy Đồng Nai", "TU"));
    units.add(new NewUnit("dn-a", "dong-nai", "COMMUNE_COMMITTEE", "Đảng ủy xã A", "ĐU"));
    units.add(new NewUnit("dn-a-cb1", "dn-a", "PARTY_CELL", "Chi bộ A1", "CB"));
    units.add(new NewUnit("dn-a-cb2", "dn-a", "PARTY_CELL", "Chi bộ A2", "CB"));
    units.add(new NewUnit("dn-b", "dong-nai", "COMMUNE_COMMITTEE", "Đảng ủy xã B", "ĐU"));
    units.add(new NewUnit("dn-b-cb1", "dn-b", "PARTY_CELL", "Chi bộ B1", "CB"));
    units.add(new NewUnit("dn-c", "dong-nai", "COMMUNE_COMMITTEE", "Đảng ủy phường C", "ĐU"));
    units.add(new NewUnit("quang-ngai", "tw", "PROVINCIAL_COMMITTEE", "Tỉnh ủy Quảng Ngãi", "TU"));
    units.add(new NewUnit("qn-a", "quang-ngai", "COMMUNE_COMMITTEE", "Đảng ủy xã QA", "ĐU"));
    for (NewUnit unit : units) {
      history.apply(history.create(unit, FOUNDED));
    }
    return history;
  }
}
