package vn.chidao.notification.preference.adapter.out;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.notification.alert.application.FindPreferences;
import vn.chidao.notification.preference.model.Preferences;

/** The {@code preferences} collection: one document per person, replaced as a whole. */
@Component
public class MongoPreferences implements FindPreferences {

  static final String COLLECTION = "preferences";

  private final ReactiveMongoTemplate template;

  MongoPreferences(ReactiveMongoTemplate template) {
    this.template = template;
  }

  @Override
  public Mono<Map<String, Preferences>> of(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Mono.just(Map.of());
    }
    return template
        .find(query(where("_id").in(usernames)), PreferenceDocument.class)
        .collectMap(PreferenceDocument::username, PreferenceDocument::toModel);
  }

  public Mono<Preferences> of(String username) {
    return template
        .findById(username, PreferenceDocument.class)
        .map(PreferenceDocument::toModel)
        .defaultIfEmpty(Preferences.DEFAULTS);
  }

  public Mono<Preferences> save(String username, Preferences preferences, Instant now) {
    return template
        .save(PreferenceDocument.of(username, preferences, now))
        .map(PreferenceDocument::toModel);
  }
}
