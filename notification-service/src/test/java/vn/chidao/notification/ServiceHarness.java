package vn.chidao.notification;

import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.org.MembershipChanged;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TestSmtp;
import vn.chidao.testsupport.TokenSpec;

/**
 * The service as it runs: real RabbitMQ (this run's prefix), a MongoDB wire server, GreenMail and
 * tokens from the local issuer. Events are published on the broker the way other services publish
 * them. Every test invents its own units, people and event ids, so tests never see each other's
 * data while sharing one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ShiftedClock.Configuration.class)
abstract class ServiceHarness {

  /**
   * The service's clock, which a test may move forward (quiet hours, digests); it runs with real
   * time otherwise, so retries and leases behave as usual. Tests run one at a time in this JVM and
   * put it back when done.
   */
  static final ShiftedClock CLOCK = ShiftedClock.INSTANCE;

  /** Generous: this machine is shared and often loaded. */
  @org.junit.jupiter.api.BeforeEach
  void patientClient() {
    web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
  }

  static final Duration EVENTUALLY = Duration.ofSeconds(30);

  /** Replaced, on the same port, by the test that takes SMTP down. */
  static volatile GreenMail smtp = TestSmtp.start();

  private static final int SMTP_PORT = TestSmtp.port(smtp);

  @Autowired StreamBridge bridge;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired WebTestClient web;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    ChidaoTestProperties.mongo(registry, "chidao-notifications-it");
    ChidaoTestProperties.rabbit(registry);
    ChidaoTestProperties.jwt(registry);
    ChidaoTestProperties.smtp(registry, smtp);
    // Retries within a test's patience.
    registry.add("chidao.mail.poll-interval", () -> "300ms");
    registry.add("chidao.mail.first-retry-delay", () -> "500ms");
    registry.add("chidao.mail.max-retry-delay", () -> "1s");
    registry.add("chidao.public-url", () -> "https://chidao.test");
    // The local push service listens on http://127.0.0.1 (refused outside tests).
    registry.add("chidao.push.allow-local-endpoints", () -> "true");
    registry.add("chidao.push.max-subscriptions-per-user", () -> "3");
    registry.add("chidao.push.poll-interval", () -> "300ms");
    registry.add("chidao.push.first-retry-delay", () -> "500ms");
    registry.add("chidao.push.max-retry-delay", () -> "1s");
    registry.add("chidao.inbox.stream.poll-interval", () -> "300ms");
    registry.add("chidao.schedule.interval", () -> "300ms");
  }

  @AfterAll
  static void keepSmtpRunning() {
    if (!smtp.isRunning()) {
      restartSmtp();
    }
  }

  static void stopSmtp() {
    smtp.stop();
  }

  static void restartSmtp() {
    GreenMail again =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    again.start();
    smtp = again;
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  void joins(String username, String unitId, String position, Instant at) {
    publishMembership(username, unitId, position, true, at);
  }

  void publishMembership(
      String username, String unitId, String position, boolean active, Instant at) {
    publishMembership(username, unitId, position, active, at, List.of());
  }

  void publishMembership(
      String username,
      String unitId,
      String position,
      boolean active,
      Instant at,
      List<String> roles) {
    bridge.send(
        Destinations.MEMBERSHIP_CHANGED,
        new MembershipChanged(
            unique("evt"),
            at,
            "dong-nai",
            username,
            unitId,
            position,
            username + "@chidao.test",
            "Đồng chí " + username,
            active,
            roles));
  }

  void awaitMembers(String unitId, long count) {
    await()
        .atMost(EVENTUALLY)
        .until(() -> mongo.count(query(where("unitId").is(unitId)), "members").block() == count);
  }

  static final String ISSUER_UNIT = "dn-tinhuy";

  /** One delivered batch of a Hỏa tốc Công văn of the provincial committee. */
  static DirectiveDelivered directive(String eventId, String subject, String... unitIds) {
    return delivered(eventId, unique("dir"), subject, "HOA_TOC", unitIds);
  }

  static DirectiveDelivered delivered(
      String eventId, String directiveId, String subject, String urgency, String... unitIds) {
    return new DirectiveDelivered(
        eventId,
        Instant.now(),
        "dong-nai",
        directiveId,
        "CV",
        null,
        subject,
        ISSUER_UNIT,
        "Tỉnh ủy Đồng Nai",
        urgency,
        "NONE",
        "IMPLEMENT",
        null,
        1,
        1,
        List.of(unitIds),
        List.of());
  }

  void publish(DirectiveDelivered event) {
    bridge.send(Destinations.DIRECTIVE_DELIVERED, event);
  }

  void publish(String destination, Object event) {
    bridge.send(destination, event);
  }

  static List<MimeMessage> mailsTo(String username) {
    String address = username + "@chidao.test";
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(address));
              } catch (MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  long notificationsFor(String eventId) {
    return mongo.count(query(where("eventId").is(eventId)), "notifications").block();
  }

  long deliveries(String eventId, String status) {
    return mongo
        .count(query(where("eventId").is(eventId).and("status").is(status)), "deliveries")
        .block();
  }

  static String token(String username, String unitId) {
    return LocalJwtIssuer.shared()
        .token(
            TokenSpec.of(username, unitId, "/tw/dong-nai/" + unitId + "/", "dong-nai", "member"));
  }
}
