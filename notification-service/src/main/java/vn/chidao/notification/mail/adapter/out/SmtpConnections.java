package vn.chidao.notification.mail.adapter.out;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP connections kept open between batches. Opening one costs a TCP handshake, the greeting and
 * EHLO (tens of milliseconds on some servers) — more than sending several messages — and {@code
 * JavaMailSender.send} opens a new one for every call. Only the SMTP scheduler's threads take
 * connections, one each, so there are never more open than it has threads. A connection idle for a
 * while may have been dropped by the server: it is checked (NOOP) when taken, and replaced.
 */
final class SmtpConnections implements AutoCloseable {

  private final JavaMailSenderImpl sender;
  private final BlockingQueue<Transport> idle = new LinkedBlockingQueue<>();

  /**
   * @param sender Boot's configured sender: its session (timeouts), host, port and credentials
   */
  SmtpConnections(JavaMailSenderImpl sender) {
    this.sender = sender;
  }

  /** An open connection for the calling thread; give it back or discard it when done. */
  Transport take() throws MessagingException {
    for (Transport kept = idle.poll(); kept != null; kept = idle.poll()) {
      if (kept.isConnected()) {
        return kept;
      }
      closeQuietly(kept);
    }
    Session session = sender.getSession();
    Transport transport = session.getTransport(protocolOf(session));
    try {
      transport.connect(
          sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
    } catch (MessagingException | RuntimeException e) {
      closeQuietly(transport);
      throw e;
    }
    return transport;
  }

  /** As {@code JavaMailSenderImpl} chooses it: its own setting, the session's, else smtp. */
  private String protocolOf(Session session) {
    if (sender.getProtocol() != null) {
      return sender.getProtocol();
    }
    String configured = session.getProperty("mail.transport.protocol");
    return configured != null ? configured : "smtp";
  }

  /** The connection still works: the next batch reuses it. */
  void giveBack(Transport transport) {
    idle.add(transport);
  }

  /** The connection broke: it is closed, the next batch opens a new one. */
  void discard(Transport transport) {
    closeQuietly(transport);
  }

  @Override
  public void close() {
    for (Transport kept = idle.poll(); kept != null; kept = idle.poll()) {
      closeQuietly(kept);
    }
  }

  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException | RuntimeException e) {
      // Already broken: nothing left to release.
    }
  }
}
