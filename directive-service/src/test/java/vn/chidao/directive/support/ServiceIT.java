package vn.chidao.directive.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import vn.chidao.directive.delivery.adapter.out.mongo.DeliveryCollections;
import vn.chidao.directive.issue.adapter.in.web.DirectiveResponse;
import vn.chidao.directive.issue.adapter.out.mongo.DirectiveDocument;
import vn.chidao.directive.org.UnitReadCopy;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.TestMongo;
import vn.chidao.testsupport.TokenSpec;

/**
 * The whole service on a random port against the test infrastructure: MongoDB wire protocol
 * (TestMongo), the real RabbitMQ with this run's prefix (TestRabbit), tokens of the local issuer.
 * Subclasses with the same configuration share one running application.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.mongodb.database=chidao-directives-it",
      // Small batches, so a handful of demo units already makes several DirectiveDelivered.
      "chidao.directive.delivery.batch-size=3",
      "chidao.directive.delivery.relay-interval=1s",
      "chidao.directive.delivery.min-age=2s",
      "chidao.directive.drafts.relay-interval=1s",
      "chidao.directive.drafts.settle-after=5s"
    })
@AutoConfigureWebTestClient
public abstract class ServiceIT {

  protected static final Duration BROKER_WAIT = Duration.ofSeconds(15);

  @Autowired protected WebTestClient web;
  @Autowired protected ReactiveMongoTemplate mongo;
  @Autowired protected UnitReadCopy units;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    // The database name comes from @SpringBootTest so that a subclass can have its own.
    registry.add("spring.mongodb.uri", TestMongo::uri);
    ChidaoTestProperties.rabbit(registry);
    ChidaoTestProperties.jwt(registry);
  }

  /** The first request of a fresh application on two busy cores can take longer than 5 s. */
  @BeforeEach
  void bePatient() {
    web = web.mutate().responseTimeout(BROKER_WAIT).build();
  }

  /** The demo tree in the read copy; re-applying it is a no-op (same occurredAt). */
  @BeforeEach
  void seedDemoTree() {
    DemoUnits.TREE.forEach(change -> units.apply(change).block(BROKER_WAIT));
  }

  /** Issues a directive as {@code issuer}, expecting 201. */
  protected DirectiveResponse issue(TokenSpec issuer, Map<String, ?> body) {
    return web.post()
        .uri("/api/directives")
        .header(HttpHeaders.AUTHORIZATION, DemoTokens.bearer(issuer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(DirectiveResponse.class)
        .returnResult()
        .getResponseBody();
  }

  /** A GET as {@code caller}, expecting 200, with the JSON body as a tree. */
  protected JsonNode getJson(TokenSpec caller, String uri, Object... variables) {
    byte[] body =
        web.get()
            .uri(uri, variables)
            .header(HttpHeaders.AUTHORIZATION, DemoTokens.bearer(caller))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    return EventTap.JSON.readTree(body);
  }

  /** Waits until the directive's delivery job has stored every row and published every batch. */
  protected void awaitDelivered(String directiveId) {
    Awaitility.await()
        .atMost(BROKER_WAIT)
        .until(
            () -> {
              Document stored =
                  mongo
                      .findById(directiveId, Document.class, DirectiveDocument.COLLECTION)
                      .block(BROKER_WAIT);
              Document delivery = stored == null ? null : stored.get("delivery", Document.class);
              return delivery != null && "DELIVERED".equals(delivery.getString("state"));
            });
  }

  /** The delivery rows of a directive, by unit id. */
  protected Map<String, Document> rows(String directiveId) {
    return mongo
        .find(
            Query.query(Criteria.where("directiveId").is(directiveId)),
            Document.class,
            DeliveryCollections.DELIVERIES)
        .collectMap(row -> row.getString("unitId"))
        .block(BROKER_WAIT);
  }

  /** Events of {@code type} about {@code directiveId} from a tap, until {@code enough} says so. */
  protected static <T> List<T> eventsOf(
      EventTap tap, Class<T> type, Predicate<T> about, Predicate<List<T>> enough)
      throws InterruptedException {
    List<T> seen = new ArrayList<>();
    long deadline = System.nanoTime() + BROKER_WAIT.toNanos();
    while (!enough.test(seen) && System.nanoTime() < deadline) {
      EventTap.Received message = tap.next(Duration.ofMillis(500));
      if (message != null) {
        T event = message.as(type);
        if (about.test(event)) {
          seen.add(event);
        }
      }
    }
    return seen;
  }
}
