package vn.chidao.reporting.outbox;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event waiting to be confirmed by RabbitMQ. Stored before anything is published; deleted once
 * the broker acked and routed it. The id is the event's id, so storing the same event twice (a
 * redelivered batch, a repeated sweep) keeps one entry.
 *
 * @param binding the output binding, e.g. {@code reportSubmitted-out-0}
 * @param payload the event as JSON
 */
@Document(OutboxEntry.COLLECTION)
public record OutboxEntry(@Id String eventId, String binding, String payload, Instant createdAt) {

  public static final String COLLECTION = "outbox";
}
