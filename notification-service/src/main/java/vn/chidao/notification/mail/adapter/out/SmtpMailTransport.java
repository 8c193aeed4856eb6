package vn.chidao.notification.mail.adapter.out;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.chidao.notification.mail.application.MailTransport;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailMessage;
import vn.chidao.notification.mail.model.SendResult;

/**
 * SMTP through Jakarta Mail. Jakarta Mail blocks, so every send runs on a small bounded scheduler
 * of its own, never on an event-loop thread. A batch goes over one connection, kept open for the
 * next batch ({@link SmtpConnections}): with as many threads as connections, batches go out in
 * parallel, at most that many at once.
 */
public class SmtpMailTransport implements MailTransport, AutoCloseable {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();
  private static final int MAX_REASON = 500;

  private final JavaMailSenderImpl sender;
  private final SmtpConnections connections;
  private final InternetAddress from;
  private final String messageIdDomain;
  private final Scheduler smtpScheduler;

  /**
   * @param from e.g. {@code chidao <no-reply@chidao.test>}; the display name may be Vietnamese
   */
  public SmtpMailTransport(JavaMailSenderImpl sender, String from, Scheduler smtpScheduler) {
    this.sender = sender;
    this.connections = new SmtpConnections(sender);
    this.from = parseFrom(from);
    String address = this.from.getAddress();
    this.messageIdDomain = address.substring(address.indexOf('@') + 1);
    this.smtpScheduler = smtpScheduler;
  }

  @Override
  public Mono<List<SendResult>> send(List<MailDelivery> deliveries) {
    return Mono.fromCallable(() -> sendBlocking(deliveries)).subscribeOn(smtpScheduler);
  }

  private List<SendResult> sendBlocking(List<MailDelivery> deliveries) {
    List<SendResult> results = new ArrayList<>(deliveries.size());
    List<MimeMessage> built = new ArrayList<>(deliveries.size());
    for (MailDelivery delivery : deliveries) {
      try {
        built.add(build(delivery));
        results.add(null);
      } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
        built.add(null);
        results.add(SendResult.permanentFailure("cannot build the message: " + reasonOf(e)));
      }
    }
    if (built.stream().anyMatch(message -> message != null)) {
      sendAll(built, results);
    }
    return results;
  }

  /**
   * Fills the open slots of {@code results}, sending one message after another over a kept
   * connection. A refused address fails only its message; a broken connection fails the rest of the
   * batch (retried later) and is replaced next time.
   */
  private void sendAll(List<MimeMessage> built, List<SendResult> results) {
    Transport transport;
    try {
      transport = connections.take();
    } catch (MessagingException | RuntimeException e) {
      // Server down, authentication refused and the like: nothing was sent, a retry may succeed.
      fillOpen(built, results, SendResult.transientFailure(reasonOf(e)));
      return;
    }
    boolean broken = false;
    try {
      for (int i = 0; i < built.size() && !broken; i++) {
        MimeMessage message = built.get(i);
        if (message == null) {
          continue;
        }
        try {
          transport.sendMessage(message, message.getAllRecipients());
          results.set(i, SendResult.sent());
        } catch (MessagingException | RuntimeException e) {
          results.set(i, classify(e));
          broken = !transport.isConnected();
          if (broken) {
            fillOpen(built, results, SendResult.transientFailure(reasonOf(e)));
          }
        }
      }
    } finally {
      if (broken) {
        connections.discard(transport);
      } else {
        connections.giveBack(transport);
      }
    }
  }

  private static void fillOpen(List<MimeMessage> built, List<SendResult> results, SendResult r) {
    for (int i = 0; i < built.size(); i++) {
      if (built.get(i) != null && results.get(i) == null) {
        results.set(i, r);
      }
    }
  }

  /** Closes the kept connections (at shutdown). */
  @Override
  public void close() {
    connections.close();
  }

  /** multipart/alternative: plain text first, HTML last (the part a client prefers). */
  MimeMessage build(MailDelivery delivery) throws MessagingException, UnsupportedEncodingException {
    MailMessage mail = delivery.message();
    MimeMessage message = sender.createMimeMessage();
    message.setFrom(from);
    message.setRecipient(
        MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), mail.toName(), UTF_8));
    message.setSubject(mail.subject(), UTF_8);
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), UTF_8, "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), UTF_8, "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.setSentDate(new Date());
    // RFC 3834: an automatic message, so vacation responders stay quiet.
    message.setHeader("Auto-Submitted", "auto-generated");
    // saveChanges() writes the MIME headers and a random Message-ID, so it is set again after it.
    message.saveChanges();
    // Stable per delivery: if a crash makes us send it twice, clients can tell it is one message.
    message.setHeader("Message-ID", "<" + delivery.id() + "@" + messageIdDomain + ">");
    return message;
  }

  private static SendResult classify(Exception error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SendFailedException refused
          && refused.getInvalidAddresses() != null
          && refused.getInvalidAddresses().length > 0) {
        return SendResult.permanentFailure("address refused: " + reasonOf(error));
      }
    }
    return SendResult.transientFailure(reasonOf(error));
  }

  static String reasonOf(Throwable error) {
    Set<String> parts = new LinkedHashSet<>();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      parts.add(cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
      if (cause.getCause() == cause) {
        break;
      }
    }
    String reason = String.join(" <- ", parts).replaceAll("\\s+", " ");
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
  }

  private static InternetAddress parseFrom(String from) {
    try {
      InternetAddress address = new InternetAddress(from, true);
      if (address.getPersonal() != null) {
        address.setPersonal(address.getPersonal(), UTF_8);
      }
      return address;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException("chidao.mail.from is not an e-mail address: " + from, e);
    }
  }
}
