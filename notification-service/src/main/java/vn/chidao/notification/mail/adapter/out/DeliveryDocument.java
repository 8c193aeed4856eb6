package vn.chidao.notification.mail.adapter.out;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.notification.mail.model.DeliveryStatus;
import vn.chidao.notification.mail.model.MailDelivery;
import vn.chidao.notification.mail.model.MailMessage;
import vn.chidao.notification.mail.model.MailRequest;

/**
 * A delivery log entry as stored. ({@code eventId}, {@code username}, {@code channel}) is unique;
 * {@code history} keeps the outcome of every attempt for whoever investigates a missing e-mail.
 */
@Document(MongoDeliveryLog.COLLECTION)
record DeliveryDocument(
    @Id String id,
    String eventId,
    String username,
    String channel,
    String tenant,
    String unitId,
    String directiveId,
    String kind,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant digestAt,
    String digestKey,
    String lastError,
    Instant createdAt,
    Instant updatedAt,
    Instant sentAt,
    StoredMail mail,
    List<Attempt> history) {

  static final String EMAIL = "EMAIL";

  record StoredMail(String to, String toName, String subject, String text, String html) {}

  record Attempt(int attempt, DeliveryStatus outcome, String reason, Instant at) {}

  /** Queued now, held until quiet hours end, or waiting for the digest. */
  static DeliveryDocument queued(MailRequest request, Instant now) {
    MailMessage m = request.message();
    DeliveryStatus status =
        request.digestAt() != null
            ? DeliveryStatus.DIGEST
            : request.holdUntil() != null ? DeliveryStatus.HELD : DeliveryStatus.QUEUED;
    Instant next =
        status == DeliveryStatus.DIGEST
            ? null
            : request.holdUntil() != null ? request.holdUntil() : now;
    return new DeliveryDocument(
        null,
        request.eventId(),
        request.username(),
        EMAIL,
        request.tenant(),
        request.unitId(),
        request.directiveId(),
        request.kind(),
        status,
        0,
        next,
        request.digestAt(),
        null,
        null,
        now,
        now,
        null,
        new StoredMail(m.to(), m.toName(), m.subject(), m.text(), m.html()),
        List.of());
  }

  MailDelivery toModel() {
    return new MailDelivery(
        id,
        eventId,
        username,
        status,
        attempts,
        nextAttemptAt,
        new MailMessage(mail.to(), mail.toName(), mail.subject(), mail.text(), mail.html()));
  }
}
