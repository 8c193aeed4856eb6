package vn.chidao.directive.search.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.chidao.directive.delivery.adapter.out.mongo.DeliveryCollections;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.search.application.DirectiveSearchIndex;
import vn.chidao.directive.search.model.DirectiveFilters;
import vn.chidao.directive.search.model.DirectiveQuery;
import vn.chidao.directive.search.model.DirectiveSummary;
import vn.chidao.directive.search.model.SearchPage;

/**
 * Searches the {@code directives} collection: each folded query word as a quoted (literal)
 * substring regex on {@code searchText}, ANDed with the visibility rule. Why a regex and which
 * indexes serve it: see {@link DirectiveDocument}.
 */
@Component
class MongoDirectiveSearch implements DirectiveSearchIndex {

  /** Enough for years of a unit's incoming documents; older ones stay reachable by id. */
  private static final int MAX_RECEIVED = 20_000;

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("_id"));

  private final ReactiveMongoTemplate mongo;
  private final ZoneId zone;

  /**
   * @param zone where a day of the date filters starts and ends (Vietnam time)
   */
  MongoDirectiveSearch(
      ReactiveMongoTemplate mongo,
      @Value("${chidao.directive.numbering.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
    this.mongo = mongo;
    this.zone = zone;
  }

  @Override
  public Mono<SearchPage> search(DirectiveQuery query, Caller caller) {
    return receivedBy(caller).flatMap(received -> search(query, caller, received));
  }

  /**
   * Directives delivered to the caller's unit (its delivery rows), newest first: a unit reached
   * through a subtree line is not among {@code recipientUnitIds} yet may read the directive.
   */
  private Mono<List<String>> receivedBy(Caller caller) {
    if (caller.central()) {
      return Mono.just(List.of());
    }
    Query rows =
        Query.query(where("unitId").is(caller.unitId()).and("tenant").is(caller.province()))
            .with(Sort.by(Sort.Order.desc("deliveredAt")))
            .limit(MAX_RECEIVED);
    rows.fields().include("directiveId");
    return mongo
        .find(rows, Document.class, DeliveryCollections.DELIVERIES)
        .map(row -> row.getString("directiveId"))
        .collectList();
  }

  private Mono<SearchPage> search(DirectiveQuery query, Caller caller, List<String> received) {
    Criteria matching = criteria(query, caller, zone, received);
    Query page = Query.query(matching).with(NEWEST_FIRST).skip(query.offset()).limit(query.size());
    page.fields().include("symbol", "docType", "subject", "issuerUnitName", "issuedAt", "urgency");
    Mono<List<DirectiveSummary>> items =
        mongo
            .find(page, DirectiveDocument.class)
            .map(MongoDirectiveSearch::summaryOf)
            .collectList();
    Mono<Long> total = mongo.count(Query.query(matching), DirectiveDocument.class);
    return Mono.zip(items, total)
        .map(found -> new SearchPage(found.getT1(), query.page(), query.size(), found.getT2()));
  }

  static Criteria criteria(DirectiveQuery query, Caller caller, ZoneId zone) {
    return criteria(query, caller, zone, List.of());
  }

  /**
   * @param received ids of directives delivered to the caller's unit
   */
  static Criteria criteria(
      DirectiveQuery query, Caller caller, ZoneId zone, List<String> received) {
    List<Criteria> all = new ArrayList<>();
    for (String word : query.words()) {
      // Quoted: "84-cv/du" or "(a)" are literal text, never regex syntax.
      all.add(where(DirectiveDocument.SEARCH_TEXT).regex(Pattern.quote(word)));
    }
    DirectiveFilters filters = query.filters();
    if (!filters.docTypes().isEmpty()) {
      all.add(where("docType").in(filters.docTypes()));
    }
    if (filters.issuerUnitId() != null) {
      all.add(where("issuerUnitId").is(filters.issuerUnitId()));
    }
    if (filters.issuedFrom() != null) {
      all.add(where("issuedAt").gte(filters.issuedAtOrAfter(zone)));
    }
    if (filters.issuedTo() != null) {
      all.add(where("issuedAt").lt(filters.issuedBefore(zone)));
    }
    if (!filters.states().isEmpty()) {
      all.add(where("status").in(filters.states()));
    }
    if (!caller.central()) {
      // The rule of ViewingDirective (issuer, named recipients, units reached through a subtree),
      // so that skip, limit and count see only what the
      // caller may read.
      all.add(
          new Criteria()
              .orOperator(
                  where("issuerUnitId").is(caller.unitId()).and("tenant").is(caller.province()),
                  where("recipientUnitIds")
                      .is(caller.unitId())
                      .and("recipientTenants")
                      .is(caller.province()),
                  where("_id").in(received)));
    }
    return new Criteria().andOperator(all);
  }

  private static DirectiveSummary summaryOf(DirectiveDocument document) {
    return new DirectiveSummary(
        document.id(),
        document.symbol(),
        document.docType(),
        document.subject(),
        document.issuerUnitName(),
        document.issuedAt(),
        document.urgency());
  }
}
