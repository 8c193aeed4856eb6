package vn.chidao.notification.mail.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailRequest;

/** A delivery log in memory with the same conditional-update rules as the Mongo one. */
class InMemoryDeliveryLog implements DeliveryLog {

  private final Map<String, MailDelivery> entries = new ConcurrentHashMap<>();
  private final Map<String, String> lastErrors = new ConcurrentHashMap<>();
  private int ids;

  synchronized MailDelivery put(MailDelivery delivery) {
    entries.put(delivery.id(), delivery);
    return delivery;
  }

  MailDelivery get(String id) {
    return entries.get(id);
  }

  String lastError(String id) {
    return lastErrors.get(id);
  }

  List<MailDelivery> all() {
    return new ArrayList<>(entries.values());
  }

  @Override
  public synchronized Mono<Void> queue(List<MailRequest> requests, Instant now) {
    for (MailRequest r : requests) {
      boolean known =
          entries.values().stream()
              .anyMatch(e -> e.eventId().equals(r.eventId()) && e.username().equals(r.username()));
      if (!known) {
        String id = "d" + (++ids);
        entries.put(
            id,
            new MailDelivery(
                id, r.eventId(), r.username(), DeliveryStatus.QUEUED, 0, now, r.message()));
      }
    }
    return Mono.empty();
  }

  @Override
  public Flux<MailDelivery> due(Instant now, int limit) {
    return Flux.fromStream(
        entries.values().stream()
            .filter(e -> e.status().isPending() && !e.nextAttemptAt().isAfter(now))
            .sorted(Comparator.comparing(MailDelivery::nextAttemptAt))
            .limit(limit)
            .toList()
            .stream());
  }

  @Override
  public synchronized Mono<MailDelivery> claim(
      MailDelivery delivery, Instant leaseUntil, Instant now) {
    if (!delivery.equals(entries.get(delivery.id()))) {
      return Mono.empty();
    }
    return Mono.just(
        put(
            new MailDelivery(
                delivery.id(),
                delivery.eventId(),
                delivery.username(),
                DeliveryStatus.SENDING,
                delivery.attempts() + 1,
                leaseUntil,
                delivery.message())));
  }

  @Override
  public Mono<Void> sent(MailDelivery claimed, Instant now) {
    return change(claimed, DeliveryStatus.SENT, null, null);
  }

  @Override
  public Mono<Void> failed(MailDelivery claimed, String reason, Instant retryAt, Instant now) {
    return change(claimed, DeliveryStatus.FAILED, reason, retryAt);
  }

  @Override
  public Mono<Void> gaveUp(MailDelivery claimed, String reason, Instant now) {
    return change(claimed, DeliveryStatus.GAVE_UP, reason, null);
  }

  private synchronized Mono<Void> change(
      MailDelivery claimed, DeliveryStatus status, String reason, Instant next) {
    if (claimed.equals(entries.get(claimed.id()))) {
      put(
          new MailDelivery(
              claimed.id(),
              claimed.eventId(),
              claimed.username(),
              status,
              claimed.attempts(),
              next,
              claimed.message()));
      if (reason != null) {
        lastErrors.put(claimed.id(), reason);
      }
    }
    return Mono.empty();
  }
}
