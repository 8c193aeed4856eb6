package vn.chidao.platform.messaging;

/**
 * An event that can never be processed (unreadable, or a required field is missing): retrying is
 * pointless, so {@link AcknowledgingConsumer} rejects it into the dead-letter queue at once. It is
 * an {@link IllegalArgumentException} because that is what it means, and because the consumer
 * treats every {@code IllegalArgumentException} the same way: a read model may refuse an incomplete
 * event without knowing about messaging.
 */
public class UnusableEvent extends IllegalArgumentException {

  public UnusableEvent(String message, Throwable cause) {
    super(message, cause);
  }

  public UnusableEvent(String message) {
    super(message);
  }
}
