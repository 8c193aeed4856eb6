package vn.chidao.notification.people;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.notification.alert.model.UnitMember;

/**
 * This service's read copy of one person in one unit, from {@code MembershipChanged}. {@code
 * updatedAt} is the {@code occurredAt} of the event that wrote it, so an older event arriving late
 * cannot undo a newer one.
 */
@Document(MemberDirectory.COLLECTION)
record MemberDocument(
    @Id String id,
    String username,
    String unitId,
    String tenant,
    String position,
    String email,
    String displayName,
    boolean active,
    List<String> roles,
    Instant updatedAt) {

  UnitMember toModel() {
    return new UnitMember(username, unitId, tenant, position, email, displayName, active, roles);
  }
}
