package vn.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton over every real component: a Keycloak-issued token, the gateway, the
 * directive service storing into a MongoDB wire server and publishing over RabbitMQ, the
 * notification service recording the in-app alert and sending SMTP mail.
 */
class WalkingSkeletonIT {

  private static RunningSuite suite;
  private static InProcessMailbox mailbox;
  private static WalkingSkeleton.Outcome outcome;

  @BeforeAll
  static void runTheSkeleton() {
    suite = RunningSuite.get();
    mailbox = new InProcessMailbox(suite.smtp);
    outcome = new WalkingSkeleton(suite.gatewayUrl, suite::token, mailbox, System.out).run();
  }

  @Test
  void every_step_from_issue_to_inbox_and_mailbox_succeeds() {
    assertThat(outcome.failure()).isNull();
    assertThat(outcome.directiveId()).isNotBlank();
  }

  @Test
  void the_reader_gets_an_email_whose_vietnamese_subject_survives_encoding() {
    assertThat(outcome.mail().to()).isEqualTo(WalkingSkeleton.READER_EMAIL);
    assertThat(outcome.mail().subject()).contains(outcome.subject()).contains("Văn bản");
    assertThat(mailbox.rawSubjectsTo(WalkingSkeleton.READER_EMAIL))
        .as("non-ASCII subjects travel RFC 2047-encoded")
        .allMatch(raw -> raw.contains("=?UTF-8?") || raw.contains("=?utf-8?"));
  }

  @Test
  void the_reader_sees_an_unread_in_app_notification_for_the_directive() {
    assertThat(outcome.notification().path("read").asBoolean()).isFalse();
    assertThat(outcome.notification().path("title").asString()).isNotBlank();
  }

  @Test
  void the_units_secretary_is_alerted_too_but_nobody_outside_the_unit() {
    assertThat(mailbox.messagesTo("tranbien.bithu@chidao.test"))
        .anyMatch(mail -> mail.subject().contains(outcome.subject()));
    assertThat(mailbox.messagesTo("kp1.bithu@chidao.test"))
        .noneMatch(mail -> mail.subject().contains(outcome.subject()));
    assertThat(mailbox.messagesTo("quangngai.vanthu@chidao.test"))
        .noneMatch(mail -> mail.subject().contains(outcome.subject()));
  }

  @Test
  void another_provinces_user_does_not_see_the_notification() {
    Api.Reply inbox =
        new Api(suite.gatewayUrl)
            .get("/api/notifications?page=0&size=50", suite.token("quangngai.vanthu"));

    assertThat(inbox.status()).isEqualTo(200);
    assertThat(inbox.raw()).doesNotContain(outcome.directiveId());
  }
}
