package vn.chidao.directive.audit.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** An audit entry as stored in the append-only {@code audit_log}. */
@Document(AuditEntryDocument.COLLECTION)
@CompoundIndex(name = "by_directive", def = "{'directiveId': 1, 'at': 1}")
record AuditEntryDocument(
    @Id String id,
    String directiveId,
    String action,
    String unitId,
    String actor,
    String actorUnitId,
    Instant at,
    String ip,
    String requestId,
    String detail) {

  static final String COLLECTION = "audit_log";
}
