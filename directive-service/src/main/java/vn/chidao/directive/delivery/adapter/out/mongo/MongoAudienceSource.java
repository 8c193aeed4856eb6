package vn.chidao.directive.delivery.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.application.AudienceSource;
import vn.chidao.directive.delivery.model.CandidateUnit;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Scope;
import vn.chidao.directive.issue.model.Unit;
import vn.chidao.directive.org.AudienceKey;
import vn.chidao.directive.org.PathPrefix;
import vn.chidao.directive.org.UnitDocument;
import vn.chidao.directive.org.UnitPaths;

/**
 * One query over the read copy: open units that are a named unit ({@code _id}) or lie in a named
 * subtree (anchored path-prefix regex, which a real MongoDB answers from an index on {@code path};
 * no condition at all for the root's subtree, which is every unit; optionally of given kinds),
 * {@code $or}-ed, so each unit comes once. In no particular order: nothing downstream needs one (a
 * resumed delivery knows its batches by their units' ids), and a sort would hold back the first
 * batch until the database had ordered the whole audience (the in-process test server sorts in
 * memory). Only one field of each unit, its {@link AudienceKey} (status, kind, path, tenant; the id
 * is the path's last segment). Read through the driver: mapping 250,000 documents through Spring
 * Data's converter costs more than reading them.
 */
@Component
class MongoAudienceSource implements AudienceSource {

  private static final int READ_BATCH = 10_000;
  private static final Bson EVERY_UNIT = new Document();
  private static final Bson AUDIENCE_KEY_ONLY =
      Projections.fields(Projections.include(AudienceKey.FIELD), Projections.excludeId());

  private final ReactiveMongoTemplate mongo;

  MongoAudienceSource(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Flux<CandidateUnit> reachable(Collection<Map.Entry<Recipient, Unit>> entries) {
    // The whole tree (a line names the root's subtree): every document is read anyway, so closed
    // units are skipped here rather than matched one by one by the database (on the in-process
    // test server that match cost a third of the read).
    List<Bson> alternatives = alternatives(entries);
    Bson filter = alternatives.contains(EVERY_UNIT) ? EVERY_UNIT : openAndAnyOf(alternatives);
    return mongo
        .getCollection(UnitDocument.COLLECTION)
        .flatMapMany(
            units -> units.find(filter).projection(AUDIENCE_KEY_ONLY).batchSize(READ_BATCH))
        .limitRate(READ_BATCH)
        .map(MongoAudienceSource::parsed)
        .filter(AudienceKey.Parsed::active)
        .map(
            unit ->
                new CandidateUnit(
                    UnitPaths.idOf(unit.path()), unit.tenant(), unit.path(), unit.kind()));
  }

  /**
   * The unit's key; a unit copied before keys existed stops the read (the job is resumed later).
   */
  private static AudienceKey.Parsed parsed(Document unit) {
    AudienceKey.Parsed parsed = AudienceKey.parse(unit.getString(AudienceKey.FIELD));
    if (parsed == null) {
      throw new IllegalStateException(
          "a unit of the read copy has no " + AudienceKey.FIELD + " yet (back-filled at start-up)");
    }
    return parsed;
  }

  @Override
  public Mono<Boolean> anyReachable(Collection<Map.Entry<Recipient, Unit>> entries) {
    return mongo
        .getCollection(UnitDocument.COLLECTION)
        .flatMap(
            units ->
                Mono.from(
                    units
                        .find(openAndAnyOf(alternatives(entries)))
                        .projection(Projections.include("_id"))
                        .first()))
        .hasElement();
  }

  /** Open units matching one of the alternatives. */
  private static Bson openAndAnyOf(List<Bson> alternatives) {
    Bson open = Filters.eq("status", UnitDocument.ACTIVE);
    if (alternatives.contains(EVERY_UNIT)) {
      return open;
    }
    return Filters.and(
        open, alternatives.size() == 1 ? alternatives.get(0) : Filters.or(alternatives));
  }

  /** One condition per list line; {@link #EVERY_UNIT} for the root's whole subtree. */
  private static List<Bson> alternatives(Collection<Map.Entry<Recipient, Unit>> entries) {
    return entries.stream()
        .map(
            entry -> {
              Recipient recipient = entry.getKey();
              if (recipient.scope() == Scope.UNIT) {
                return Filters.eq("_id", recipient.unitId());
              }
              String path = entry.getValue().path();
              Bson kinds = Filters.in("kind", recipient.kinds());
              if (UnitPaths.isRoot(path)) { // every unit: no pattern to match
                return recipient.kinds().isEmpty() ? EVERY_UNIT : kinds;
              }
              Bson subtree = Filters.regex("path", PathPrefix.of(path));
              return recipient.kinds().isEmpty() ? subtree : Filters.and(subtree, kinds);
            })
        .toList();
  }
}
