package vn.chidao.directive.delivery.adapter.out.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

/**
 * One query over the read copy: open units that are a named unit ({@code _id}) or lie in a named
 * subtree (anchored path-prefix regex, which a real MongoDB answers from an index on {@code path};
 * optionally of given kinds), {@code $or}-ed, so each unit comes once; in unit-id order ({@link
 * String#compareTo}, the order batch ranges use), so the same tree always streams the same way (a
 * resumed delivery relies on it); only the fields a delivery needs. Read through the driver:
 * mapping 250,000 documents through Spring Data's converter costs more than reading them.
 */
@Component
class MongoAudienceSource implements AudienceSource {

  private static final int READ_BATCH = 10_000;
  private static final Comparator<CandidateUnit> BY_ID = Comparator.comparing(CandidateUnit::id);

  private final ReactiveMongoTemplate mongo;

  MongoAudienceSource(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Flux<CandidateUnit> reachable(Collection<Map.Entry<Recipient, Unit>> entries) {
    boolean byKind = entries.stream().anyMatch(entry -> !entry.getKey().kinds().isEmpty());
    Bson fields =
        byKind
            ? Projections.include("tenant", "path", "kind")
            : Projections.include("tenant", "path");
    // Large cursor batches and demand keep a national read to a few dozen round trips. Sorted
    // here, not by the server: the read runs ahead of the writes, so the whole audience is held
    // anyway, and a String sort costs a fraction of the in-process test server's in-memory sort
    // (which also holds every match before it answers).
    return mongo
        .getCollection(UnitDocument.COLLECTION)
        .flatMapMany(units -> units.find(filter(entries)).projection(fields).batchSize(READ_BATCH))
        .limitRate(READ_BATCH)
        .map(
            doc ->
                new CandidateUnit(
                    doc.getString("_id"),
                    doc.getString("tenant"),
                    doc.getString("path"),
                    doc.getString("kind")))
        .collectSortedList(BY_ID)
        .flatMapIterable(sorted -> sorted);
  }

  @Override
  public Mono<Boolean> anyReachable(Collection<Map.Entry<Recipient, Unit>> entries) {
    return mongo
        .getCollection(UnitDocument.COLLECTION)
        .flatMap(
            units ->
                Mono.from(
                    units.find(filter(entries)).projection(Projections.include("_id")).first()))
        .hasElement();
  }

  private static Bson filter(Collection<Map.Entry<Recipient, Unit>> entries) {
    List<Bson> alternatives =
        entries.stream()
            .map(
                entry -> {
                  Recipient recipient = entry.getKey();
                  if (recipient.scope() == Scope.UNIT) {
                    return Filters.eq("_id", recipient.unitId());
                  }
                  Bson subtree = Filters.regex("path", PathPrefix.of(entry.getValue().path()));
                  return recipient.kinds().isEmpty()
                      ? subtree
                      : Filters.and(subtree, Filters.in("kind", recipient.kinds()));
                })
            .toList();
    Bson open = Filters.eq("status", UnitDocument.ACTIVE);
    return Filters.and(
        open, alternatives.size() == 1 ? alternatives.get(0) : Filters.or(alternatives));
  }
}
