package vn.chidao.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.integration.config.GlobalChannelInterceptor;
import org.springframework.integration.support.context.NamedComponent;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Counts every message that passes any channel of the application — the bindings' input channels
 * (one per broker message received) and any output (one per broker message sent) — so a test can
 * say how many broker messages an event made, without trusting the code under test.
 */
@GlobalChannelInterceptor(patterns = "*")
class MessageCounter implements ChannelInterceptor {

  private final Map<String, AtomicLong> byChannel = new ConcurrentHashMap<>();

  @Override
  public Message<?> preSend(Message<?> message, MessageChannel channel) {
    String name =
        channel instanceof NamedComponent named
            ? named.getComponentName()
            : String.valueOf(channel);
    byChannel.computeIfAbsent(name, c -> new AtomicLong()).incrementAndGet();
    return message;
  }

  Map<String, Long> snapshot() {
    Map<String, Long> copy = new java.util.TreeMap<>();
    byChannel.forEach((channel, n) -> copy.put(channel, n.get()));
    return copy;
  }

  /** What was counted since {@code before}, channels with no change left out. */
  Map<String, Long> since(Map<String, Long> before) {
    Map<String, Long> delta = new java.util.TreeMap<>();
    snapshot()
        .forEach(
            (channel, n) -> {
              long d = n - before.getOrDefault(channel, 0L);
              if (d != 0) {
                delta.put(channel, d);
              }
            });
    return delta;
  }
}
