package vn.chidao.notification.mail.model;

import java.time.Instant;

/**
 * One entry of the delivery log: one e-mail for one person about one event. Its key ({@code
 * eventId}, {@code username}, channel) is unique in the store, so writing it is also the claim that
 * makes a redelivered event a no-op.
 *
 * @param attempts attempts started so far; a claim increments it, which also versions the entry
 */
public record MailDelivery(
    String id,
    String eventId,
    String username,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    MailMessage message) {}
