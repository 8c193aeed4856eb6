package vn.chidao.notification.deliveries;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.notification.support.HasIndexes;

/**
 * Counts over the delivery log ({@code deliveries}) and the inbox ({@code notifications}) for one
 * directive: two small aggregations grouped in the database, never a scan in this process.
 */
@Component
class DeliveryReports implements HasIndexes {

  private static final String DELIVERIES = "deliveries";
  private static final String NOTIFICATIONS = "notifications";
  private static final List<String> CHANNELS = List.of("EMAIL", "PUSH");
  private static final List<String> STATES =
      List.of("QUEUED", "SENDING", "SENT", "FAILED", "GAVE_UP", "HELD", "DIGEST", "DIGESTED");

  private final ReactiveMongoTemplate template;

  DeliveryReports(ReactiveMongoTemplate template) {
    this.template = template;
  }

  @Override
  public Mono<Void> createIndexes() {
    return Mono.when(
        template
            .indexOps(DELIVERIES)
            .createIndex(
                new Index()
                    .on("directiveId", Sort.Direction.ASC)
                    .on("kind", Sort.Direction.ASC)
                    .on("status", Sort.Direction.ASC)
                    .named("by_directive")),
        template
            .indexOps(NOTIFICATIONS)
            .createIndex(
                new Index()
                    .on("directiveId", Sort.Direction.ASC)
                    .on("kind", Sort.Direction.ASC)
                    .named("by_directive")));
  }

  Mono<DeliveryReport> report(DirectiveIssuers.Issuer issuer, String kind, int page, int size) {
    Criteria ofDirective = where("directiveId").is(issuer.id()).and("kind").is(kind);
    Mono<Map<String, Map<String, Long>>> states =
        template
            .aggregate(
                Aggregation.newAggregation(
                    Aggregation.match(ofDirective),
                    Aggregation.group("channel", "status").count().as("n")),
                DELIVERIES,
                Document.class)
            .collectList()
            .map(DeliveryReports::byChannelAndState);
    Mono<Map<String, Long>> reached =
        template
            .aggregate(
                Aggregation.newAggregation(
                    Aggregation.match(
                        where("directiveId")
                            .is(issuer.id())
                            .and("kind")
                            .is(kind)
                            .and("status")
                            .in("SENT", "DIGESTED")),
                    Aggregation.group("channel", "username"),
                    Aggregation.group("_id.channel").count().as("n")),
                DELIVERIES,
                Document.class)
            .collectMap(d -> String.valueOf(d.get("_id")), d -> number(d.get("n")));
    Query inbox = query(where("directiveId").is(issuer.id()).and("kind").is(kind));
    Mono<Long> recorded = template.count(inbox, NOTIFICATIONS);
    Mono<Long> read =
        template.count(
            query(where("directiveId").is(issuer.id()).and("kind").is(kind).and("read").is(true)),
            NOTIFICATIONS);
    Query failures =
        query(
            where("directiveId")
                .is(issuer.id())
                .and("kind")
                .is(kind)
                .and("status")
                .in("FAILED", "GAVE_UP"));
    Mono<List<DeliveryReport.Failure>> failed =
        template
            .find(
                Query.of(failures)
                    .with(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("_id")))
                    .skip((long) page * size)
                    .limit(size),
                Document.class,
                DELIVERIES)
            .map(DeliveryReports::failure)
            .collectList();
    Mono<Long> failedTotal = template.count(failures, DELIVERIES);
    return Mono.zip(states, reached, recorded, read, failed, failedTotal)
        .map(
            t -> {
              Map<String, Long> inApp = new LinkedHashMap<>();
              inApp.put("recorded", t.getT3());
              inApp.put("read", t.getT4());
              Map<String, Long> reachedPeople = new LinkedHashMap<>();
              reachedPeople.put("IN_APP", t.getT3());
              CHANNELS.forEach(c -> reachedPeople.put(c, t.getT2().getOrDefault(c, 0L)));
              return new DeliveryReport(
                  issuer.id(),
                  issuer.issuerUnitId(),
                  kind,
                  inApp,
                  t.getT1(),
                  reachedPeople,
                  new DeliveryReport.Failures(t.getT5(), page, size, t.getT6()));
            });
  }

  private static Map<String, Map<String, Long>> byChannelAndState(List<Document> groups) {
    Map<String, Map<String, Long>> result = new TreeMap<>();
    for (String channel : CHANNELS) {
      Map<String, Long> states = new LinkedHashMap<>();
      STATES.forEach(s -> states.put(s, 0L));
      result.put(channel, states);
    }
    for (Document group : groups) {
      Document id = (Document) group.get("_id");
      String channel = id.getString("channel");
      String status = id.getString("status");
      result
          .computeIfAbsent(channel, c -> new LinkedHashMap<>())
          .merge(status, number(group.get("n")), Long::sum);
    }
    return result;
  }

  private static DeliveryReport.Failure failure(Document d) {
    Object updated = d.get("updatedAt");
    return new DeliveryReport.Failure(
        d.getString("username"),
        d.getString("unitId"),
        d.getString("channel"),
        d.getString("status"),
        d.getString("lastError"),
        d.get("attempts") instanceof Number n ? n.intValue() : 0,
        updated instanceof java.util.Date date ? date.toInstant() : null);
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0L;
  }
}
