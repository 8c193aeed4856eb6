package vn.chidao.notification.deliveries;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who issued each directive this service alerted about ({@code directives}, {@code _id} = directive
 * id), from {@code DirectiveIssued} and every {@code DirectiveDelivered} batch: the delivery log of
 * a directive is shown only to its issuer unit and the centre.
 */
@Component
public class DirectiveIssuers {

  static final String COLLECTION = "directives";

  private final ReactiveMongoTemplate template;

  DirectiveIssuers(ReactiveMongoTemplate template) {
    this.template = template;
  }

  /** Idempotent: the first writer sets the issuer; later batches change nothing. */
  public Mono<Void> record(String directiveId, String issuerUnitId, String tenant) {
    if (directiveId == null || issuerUnitId == null) {
      return Mono.empty();
    }
    Update update =
        new Update().setOnInsert("issuerUnitId", issuerUnitId).setOnInsert("tenant", tenant);
    return template
        .upsert(query(where("_id").is(directiveId)), update, COLLECTION)
        .then()
        .onErrorResume(DuplicateKeyException.class, raced -> Mono.empty());
  }

  record Issuer(String id, String issuerUnitId, String tenant) {}

  Mono<Issuer> of(String directiveId) {
    return template.findById(directiveId, Issuer.class, COLLECTION);
  }
}
