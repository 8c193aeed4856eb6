package vn.chidao.directive.delivery.model;

import java.util.List;
import vn.chidao.directive.issue.model.Purpose;

/** Units delivered and announced together: one bulk write, one {@code DirectiveDelivered}. */
public record PlannedBatch(int number, Purpose purpose, List<AudienceMember> members) {
  public PlannedBatch {
    members = List.copyOf(members);
    if (number < 1 || members.isEmpty()) {
      throw new IllegalArgumentException("a batch is numbered from 1 and has units");
    }
    if (members.stream().anyMatch(member -> member.purpose() != purpose)) {
      throw new IllegalArgumentException("a batch holds units of one purpose");
    }
  }

  public List<String> unitIds() {
    return members.stream().map(AudienceMember::unitId).toList();
  }
}
