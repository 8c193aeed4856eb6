package vn.chidao.reporting.obligation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Requirements as templates (sections, indicators), read once per requirement and then kept in
 * memory: a requirement is stored once when its directive is delivered and its template never
 * changes, so every submission need not read it again. Only the template is to be used from here;
 * the roll-over state ({@code openedThroughTo}, {@code recalled}) moves on in the database.
 */
@Component
public class RequirementTemplates {

  /** Far more than the requirements running at once; past it the memory is simply emptied. */
  private static final int KEPT = 10_000;

  private final ReactiveMongoTemplate mongo;
  private final Map<String, RequirementDocument> kept = new ConcurrentHashMap<>();

  RequirementTemplates(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The requirement of the obligation, or empty when it is not stored. */
  public Mono<RequirementDocument> of(ObligationDocument o) {
    return of(RequirementDocument.id(o.directiveId(), o.requirementId()));
  }

  public Mono<RequirementDocument> of(String requirementKey) {
    RequirementDocument known = kept.get(requirementKey);
    if (known != null) {
      return Mono.just(known);
    }
    return mongo
        .findById(requirementKey, RequirementDocument.class)
        .doOnNext(
            found -> {
              if (kept.size() >= KEPT) {
                kept.clear();
              }
              kept.put(requirementKey, found);
            });
  }
}
