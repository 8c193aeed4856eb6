package vn.chidao.notification.messaging;

/** An event that can never be processed (a required id is missing): retrying is pointless. */
public class UnusableEvent extends RuntimeException {

  public UnusableEvent(String message, Throwable cause) {
    super(message, cause);
  }

  public UnusableEvent(String message) {
    super(message);
  }
}
