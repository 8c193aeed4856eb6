package vn.chidao.notification.mail.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailMessage;
import vn.chidao.notification.mail.model.SendResult;
import vn.chidao.testsupport.TestSmtp;

/** Real SMTP (GreenMail) through Jakarta Mail, without Spring. */
class SmtpMailTransportIT {

  private static final String SUBJECT =
      "[chidao] Văn bản mới: Công văn — về việc tăng cường công tác dân vận";

  private static GreenMail smtp;
  private static Scheduler scheduler;

  @BeforeAll
  static void start() {
    smtp = TestSmtp.start();
    scheduler = Schedulers.newBoundedElastic(1, 10, "smtp-test");
  }

  @AfterAll
  static void stop() {
    smtp.stop();
    scheduler.dispose();
  }

  @AfterEach
  void empty() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  void a_mail_arrives_as_utf8_text_and_html_alternatives_with_its_vietnamese_subject()
      throws Exception {
    SmtpMailTransport transport =
        new SmtpMailTransport(
            sender(TestSmtp.port(smtp)), "Hệ thống chidao <no-reply@chidao.test>", scheduler);

    List<SendResult> results =
        transport.send(List.of(delivery("d1", "tranbien.vanthu@chidao.test"))).block();

    assertThat(results).containsExactly(SendResult.sent());
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo(SUBJECT);
    assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress())
        .isEqualTo("tranbien.vanthu@chidao.test");
    assertThat(((InternetAddress) received.getAllRecipients()[0]).getPersonal())
        .isEqualTo("Văn thư Đảng ủy phường Trấn Biên");
    assertThat(((InternetAddress) received.getFrom()[0]).getPersonal())
        .isEqualTo("Hệ thống chidao");
    assertThat(received.getMessageID()).isEqualTo("<d1@chidao.test>");
    assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
    assertThat(received.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType())
        .contains("text/plain")
        .containsIgnoringCase("utf-8");
    assertThat((String) parts.getBodyPart(0).getContent()).contains("Độ khẩn: Hỏa tốc");
    assertThat(parts.getBodyPart(1).getContentType()).contains("text/html");
    assertThat((String) parts.getBodyPart(1).getContent()).contains("<b>Hỏa tốc</b>");
  }

  @Test
  void several_mails_go_out_in_one_batch_each_with_its_own_result() throws Exception {
    SmtpMailTransport transport =
        new SmtpMailTransport(
            sender(TestSmtp.port(smtp)), "chidao <no-reply@chidao.test>", scheduler);

    List<SendResult> results =
        transport
            .send(
                List.of(
                    delivery("d1", "a@chidao.test"),
                    delivery("d2", "b@chidao.test"),
                    delivery("d3", "c@chidao.test")))
            .block();

    assertThat(results).containsOnly(SendResult.sent()).hasSize(3);
    assertThat(smtp.getReceivedMessages()).hasSize(3);
  }

  @Test
  void an_smtp_server_that_is_down_is_a_failure_worth_retrying_with_its_reason()
      throws IOException {
    SmtpMailTransport transport =
        new SmtpMailTransport(sender(closedPort()), "chidao <no-reply@chidao.test>", scheduler);

    List<SendResult> results =
        transport.send(List.of(delivery("d1", "tranbien.vanthu@chidao.test"))).block();

    assertThat(results)
        .singleElement()
        .isInstanceOfSatisfying(
            SendResult.Failed.class,
            failed -> {
              assertThat(failed.permanent()).isFalse();
              assertThat(failed.reason()).contains("Connection refused");
            });
  }

  @Test
  void sending_runs_on_the_smtp_scheduler_not_on_the_callers_thread() {
    List<String> connectingThreads = new CopyOnWriteArrayList<>();
    SmtpMailTransport transport =
        new SmtpMailTransport(
            countingConnections(TestSmtp.port(smtp), connectingThreads),
            "chidao <no-reply@chidao.test>",
            scheduler);

    transport.send(List.of(delivery("d1", "a@chidao.test"))).block();

    assertThat(connectingThreads).singleElement().asString().startsWith("smtp-test");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    transport.close();
  }

  @Test
  void batches_after_the_first_reuse_its_connection() {
    List<String> connects = new CopyOnWriteArrayList<>();
    SmtpMailTransport transport =
        new SmtpMailTransport(
            countingConnections(TestSmtp.port(smtp), connects),
            "chidao <no-reply@chidao.test>",
            scheduler);

    for (int batch = 0; batch < 3; batch++) {
      List<SendResult> results =
          transport
              .send(
                  List.of(
                      delivery("b" + batch + "-1", "a@chidao.test"),
                      delivery("b" + batch + "-2", "b@chidao.test")))
              .block();
      assertThat(results).containsOnly(SendResult.sent()).hasSize(2);
    }

    assertThat(smtp.getReceivedMessages()).hasSize(6);
    assertThat(connects).hasSize(1);
    transport.close();
  }

  @Test
  void a_kept_connection_the_server_dropped_is_replaced_and_the_mail_still_goes() {
    GreenMail own = TestSmtp.start();
    int port = TestSmtp.port(own);
    List<String> connects = new CopyOnWriteArrayList<>();
    SmtpMailTransport transport =
        new SmtpMailTransport(
            countingConnections(port, connects), "chidao <no-reply@chidao.test>", scheduler);
    try {
      transport.send(List.of(delivery("first", "a@chidao.test"))).block();
      own.stop();
      own = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      own.start();

      List<SendResult> results =
          transport.send(List.of(delivery("second", "a@chidao.test"))).block();

      assertThat(results).containsExactly(SendResult.sent());
      assertThat(own.getReceivedMessages()).hasSize(1);
      assertThat(connects).hasSize(2);
    } finally {
      transport.close();
      own.stop();
    }
  }

  /** A sender that notes the thread of every connection opened (the host is read to connect). */
  private static JavaMailSenderImpl countingConnections(int port, List<String> threads) {
    JavaMailSenderImpl sender =
        new JavaMailSenderImpl() {
          @Override
          public String getHost() {
            threads.add(Thread.currentThread().getName());
            return super.getHost();
          }
        };
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    return sender;
  }

  private static JavaMailSenderImpl sender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    return sender;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static MailDelivery delivery(String id, String to) {
    return new MailDelivery(
        id,
        "evt-1",
        "tranbien.vanthu",
        DeliveryStatus.SENDING,
        1,
        Instant.now(),
        new MailMessage(
            to,
            "Văn thư Đảng ủy phường Trấn Biên",
            SUBJECT,
            "Độ khẩn: Hỏa tốc",
            "<p>Độ khẩn: <b>Hỏa tốc</b></p>"));
  }
}
