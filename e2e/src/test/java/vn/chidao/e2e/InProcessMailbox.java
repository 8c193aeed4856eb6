package vn.chidao.e2e;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The test's own SMTP server as a {@link Mailbox}; subjects decoded from RFC 2047 by Jakarta Mail.
 */
final class InProcessMailbox implements Mailbox {

  private final GreenMail greenMail;

  InProcessMailbox(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  @Override
  public List<Mail> messagesTo(String address) {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessagesForDomain(address)) {
      try {
        for (Address to : message.getRecipients(Message.RecipientType.TO)) {
          if (to.toString().contains(address)) {
            mails.add(new Mail(address, message.getSubject()));
          }
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }

  /** Raw (still encoded) Subject headers of every message to the address. */
  List<String> rawSubjectsTo(String address) {
    List<String> raw = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessagesForDomain(address)) {
      try {
        raw.add(message.getHeader("Subject", null));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return raw;
  }
}
