package vn.chidao.identity.orgimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidao.contracts.Destinations;
import vn.chidao.identity.org.application.ChangeSetStatus;
import vn.chidao.identity.org.application.ChangingDirectory;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.application.OrgEvents;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.NewUnit;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.Versioned;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestRabbit;

/**
 * Org events survive a broker that is briefly unreachable: the change set and the membership outbox
 * keep what is owed, and the relay delivers it once RabbitMQ answers again.
 */
class OrgEventRelayIT extends ImportServiceIT {

  private static final ChidaoUser CENTRE =
      new ChidaoUser("trunguong.quantri", "tw", "/tw/", "trung-uong", Set.of("central-admin"));

  @Autowired ChangingDirectory changes;
  @Autowired HistoryStore history;
  @Autowired OrgEvents events;
  @Autowired ReactiveMongoTemplate mongo;

  @Test
  void events_of_changes_made_while_the_broker_is_away_are_relayed_when_it_is_back()
      throws Exception {
    // Spring AMQP waits for a cached channel's confirms on its own pool threads, and those throw
    // when the broker is cut: noise of the outage, not of the code under test. Awaitility would
    // fail an await on any such uncaught exception (it did in CI), so the awaits below judge only
    // their own condition.
    Awaitility.doNotCatchUncaughtExceptionsByDefault();
    RabbitEndpoint rabbit = rabbit();
    String unitQueue = rabbit.queue(Destinations.ORG_UNIT_CHANGED, "directive-service");
    String memberQueue = rabbit.queue(Destinations.MEMBERSHIP_CHANGED, "notification-service");
    try (Connection connection = directConnection()) {
      // The start-up publication has declared the queues: the broker was reachable then. (Asking
      // for a queue that does not exist yet closes the channel, hence one per attempt.)
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .until(() -> messages(connection, memberQueue) > 0);
      Channel channel = connection.createChannel();

      BROKER.stop();
      String id = "relay-" + System.nanoTime();
      ChangeSet created =
          changes
              .create(
                  CENTRE,
                  new NewUnit(id, "dn-xuanloc", "PARTY_CELL", "Chi bộ Tổ 9 ấp Bình Hòa", "CB"),
                  LocalDate.of(2025, 10, 2))
              .block();
      Membership member =
          new Membership(id + ".bithu", id, "dong-nai", "BI_THU", List.of("member"), null, true);
      OrgUnit unit = history.current(id).block().toUnit();
      events.membershipChanged(new Versioned<>(member, 1, Instant.now()), unit).block();

      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(() -> history.status(created.id()).block() == ChangeSetStatus.APPLIED);
      Query owed = Query.query(Criteria.where("membership.username").is(id + ".bithu"));
      assertThat(mongo.count(owed, "org_outbox").block()).isEqualTo(1);

      BROKER.start();
      List<String> unitEvents = new ArrayList<>();
      List<String> memberEvents = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                drain(channel, unitQueue, unitEvents);
                drain(channel, memberQueue, memberEvents);
                return unitEvents.stream().anyMatch(e -> e.contains("\"unitId\":\"" + id + "\""))
                    && memberEvents.stream().anyMatch(e -> e.contains(id + ".bithu"));
              });
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> history.status(created.id()).block() == ChangeSetStatus.PUBLISHED);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> mongo.count(new Query(), "org_outbox").block() == 0);
    } finally {
      BROKER.start();
      Awaitility.reset();
    }
  }

  private static long messages(Connection connection, String queue) throws Exception {
    try (Channel channel = connection.createChannel()) {
      return channel.messageCount(queue);
    }
  }

  private static void drain(Channel channel, String queue, List<String> into) throws Exception {
    for (GetResponse message = channel.basicGet(queue, true);
        message != null;
        message = channel.basicGet(queue, true)) {
      into.add(new String(message.getBody(), StandardCharsets.UTF_8));
    }
  }

  private static Connection directConnection() throws Exception {
    return TestRabbit.get().newConnection("identity-relay-it");
  }
}
