package vn.chidao.directive.delivery.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
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
import vn.chidao.directive.org.PathPrefix;
import vn.chidao.directive.org.UnitDocument;
import vn.chidao.directive.org.UnitPaths;

/**
 * One query over the read copy: open units that are a named unit ({@code _id}) or lie in a named
 * subtree (anchored path-prefix regex, which a real MongoDB answers from an index on {@code path};
 * no condition at all for the root's subtree, which is every unit; optionally of given kinds),
 * {@code $or}-ed, so each unit comes once. Sorted by {@code _id} by the database (a real MongoDB
 * walks its {@code _id} index and streams; the in-process test server sorts in memory), so the same
 * tree always streams the same way — a resumed delivery relies on it — and the first batches are
 * written while later ones are still read. Unit ids are ASCII, so the database's order is {@link
 * String#compareTo}'s, the order batch ranges use. Only the fields a delivery needs, the id not
 * among them (it is the path's last segment). Read through the driver: mapping 250,000 documents
 * through Spring Data's converter costs more than reading them.
 */
@Component
class MongoAudienceSource implements AudienceSource {

  private static final int READ_BATCH = 10_000;
  private static final Bson EVERY_UNIT = new Document();

  private final ReactiveMongoTemplate mongo;

  MongoAudienceSource(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Flux<CandidateUnit> reachable(Collection<Map.Entry<Recipient, Unit>> entries) {
    boolean byKind = entries.stream().anyMatch(entry -> !entry.getKey().kinds().isEmpty());
    // The whole tree (a line names the root's subtree): every document is read anyway, so closed
    // units are skipped here rather than matched one by one by the database (on the in-process
    // test server that match cost a third of the read).
    List<Bson> alternatives = alternatives(entries);
    boolean wholeTree = alternatives.contains(EVERY_UNIT);
    List<String> wanted = new ArrayList<>(List.of("tenant", "path"));
    if (byKind) {
      wanted.add("kind");
    }
    if (wholeTree) {
      wanted.add("status");
    }
    // The id is the path's last segment: not sent twice.
    Bson fields = Projections.fields(Projections.include(wanted), Projections.excludeId());
    Bson filter = wholeTree ? EVERY_UNIT : openAndAnyOf(alternatives);
    return mongo
        .getCollection(UnitDocument.COLLECTION)
        .flatMapMany(
            units ->
                units
                    .find(filter)
                    .projection(fields)
                    .sort(Sorts.ascending("_id"))
                    .batchSize(READ_BATCH))
        .limitRate(READ_BATCH)
        .filter(doc -> !wholeTree || UnitDocument.ACTIVE.equals(doc.getString("status")))
        .map(
            doc -> {
              String path = doc.getString("path");
              return new CandidateUnit(
                  UnitPaths.idOf(path), doc.getString("tenant"), path, doc.getString("kind"));
            });
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
