package vn.chidao.directive.audit.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.audit.application.AuditLog;
import vn.chidao.directive.audit.model.AuditEntry;

/**
 * {@code audit_log}: this class only inserts and reads. Entries have fresh UUIDs, so an insert
 * never meets an existing entry; nothing in the service updates or deletes them (a production
 * database should also grant this service's user no update/remove on the collection).
 */
@Component
class MongoAuditLog implements AuditLog {

  private final ReactiveMongoTemplate mongo;

  MongoAuditLog(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Mono<Void> append(AuditEntry e) {
    return mongo
        .insert(
            new AuditEntryDocument(
                e.id(),
                e.directiveId(),
                e.action(),
                e.unitId(),
                e.actor(),
                e.actorUnitId(),
                e.at(),
                e.ip(),
                e.requestId(),
                e.detail()))
        .then();
  }

  @Override
  public Flux<AuditEntry> of(String directiveId, int page, int size) {
    return mongo
        .find(
            query(where("directiveId").is(directiveId))
                .with(Sort.by("at").ascending().and(Sort.by("_id")))
                .skip((long) page * size)
                .limit(size),
            AuditEntryDocument.class)
        .map(
            d ->
                new AuditEntry(
                    d.id(),
                    d.directiveId(),
                    d.action(),
                    d.unitId(),
                    d.actor(),
                    d.actorUnitId(),
                    d.at(),
                    d.ip(),
                    d.requestId(),
                    d.detail()));
  }

  @Override
  public Mono<Long> count(String directiveId) {
    return mongo.count(query(where("directiveId").is(directiveId)), AuditEntryDocument.class);
  }
}
