package vn.chidao.notification.mail.model;

/** What the SMTP server said about one message. */
public sealed interface SendResult {

  record Sent() implements SendResult {}

  /**
   * @param permanent true when retrying cannot help (e.g. the address is malformed or refused)
   */
  record Failed(String reason, boolean permanent) implements SendResult {}

  static SendResult sent() {
    return new Sent();
  }

  static SendResult transientFailure(String reason) {
    return new Failed(reason, false);
  }

  static SendResult permanentFailure(String reason) {
    return new Failed(reason, true);
  }
}
