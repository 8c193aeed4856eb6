package vn.chidao.identity.org.adapter.out.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.Versioned;

/**
 * A membership as stored in the {@code memberships} collection. The id is derived from (unit,
 * username), and a unique index on (username, unitId) guards the same pair against any other
 * writer.
 */
@Document(MembershipDocument.COLLECTION)
record MembershipDocument(
    @Id String id,
    String username,
    String unitId,
    String tenant,
    String position,
    List<String> roles,
    String email,
    boolean active,
    long version,
    Instant changedAt) {

  static final String COLLECTION = "memberships";

  static String idOf(String unitId, String username) {
    return unitId + ":" + username;
  }

  static MembershipDocument of(Membership membership, long version, Instant changedAt) {
    return new MembershipDocument(
        idOf(membership.unitId(), membership.username()),
        membership.username(),
        membership.unitId(),
        membership.tenant(),
        membership.position(),
        membership.roles(),
        membership.email(),
        membership.active(),
        version,
        changedAt);
  }

  Membership toModel() {
    return new Membership(username, unitId, tenant, position, roles, email, active);
  }

  Versioned<Membership> toVersioned() {
    return new Versioned<>(toModel(), version, changedAt);
  }
}
