package vn.chidao.e2e;

import java.util.List;

/** Where the walking skeleton looks for the e-mails chidao sent. */
public interface Mailbox {

  /** A received message, subject decoded (RFC 2047). */
  record Mail(String to, String subject) {}

  List<Mail> messagesTo(String address);
}
