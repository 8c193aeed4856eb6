package vn.chidao.notification.alert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.alert.model.Alert;
import vn.chidao.notification.alert.model.UnitMember;
import vn.chidao.notification.inbox.InAppNotification;
import vn.chidao.notification.inbox.RecordNotifications;
import vn.chidao.notification.mail.application.QueueMails;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.notification.preference.model.DeliveryPlanner;
import vn.chidao.notification.preference.model.Preferences;
import vn.chidao.notification.push.application.QueuePushes;
import vn.chidao.notification.push.model.PushHeaders;

/**
 * Turns one event's alert into deliveries for the people its audience names: an inbox entry for
 * everyone, and e-mail and push as each person's preferences say (now, after quiet hours, in the
 * digest, or not at all). A batch of a thousand units costs one query for its people, one for their
 * preferences and one unordered bulk insert per store and 500 people; every entry is keyed by
 * (event, person, channel), so processing the same event again — a redelivery, or two copies at
 * once — adds nothing, and a run that died half-way is completed by the next one.
 */
public final class Alerting {

  /** People written per round trip to the stores. */
  static final int BATCH = 500;

  private final FindAlertedPeople people;
  private final FindPreferences preferences;
  private final DeliveryPlanner planner;
  private final RecordNotifications inbox;
  private final QueueMails mail;
  private final ComposeAlertMail mailComposer;
  private final QueuePushes push;
  private final ComposeAlertPush pushComposer;
  private final Clock clock;

  public Alerting(
      FindAlertedPeople people,
      FindPreferences preferences,
      DeliveryPlanner planner,
      RecordNotifications inbox,
      QueueMails mail,
      ComposeAlertMail mailComposer,
      QueuePushes push,
      ComposeAlertPush pushComposer,
      Clock clock) {
    this.people = people;
    this.preferences = preferences;
    this.planner = planner;
    this.inbox = inbox;
    this.mail = mail;
    this.mailComposer = mailComposer;
    this.push = push;
    this.pushComposer = pushComposer;
    this.clock = clock;
  }

  public Mono<Void> alert(Alert alert) {
    if (alert.audience().unitIds().isEmpty()) {
      return Mono.empty();
    }
    MailContent content = mailComposer.compose(alert);
    QueuePushes.PushAlert pushAlert =
        new QueuePushes.PushAlert(
            alert.eventId(),
            alert.directiveId(),
            alert.kind().name(),
            pushComposer.payload(alert),
            PushHeaders.forAlert(alert.topicKey(), alert.urgency()));
    return people
        .activeIn(
            alert.audience().unitIds(), alert.audience().positions(), alert.audience().roles())
        .collectList()
        .map(alert.audience()::select)
        .flatMapMany(selected -> Flux.fromIterable(selected).buffer(BATCH))
        .concatMap(batch -> deliver(alert, content, pushAlert, batch))
        .then();
  }

  private Mono<Void> deliver(
      Alert alert, MailContent content, QueuePushes.PushAlert pushAlert, List<UnitMember> batch) {
    return preferences
        .of(batch.stream().map(UnitMember::username).toList())
        .flatMap(
            chosen -> {
              Instant now = clock.instant();
              List<InAppNotification> notes = new ArrayList<>(batch.size());
              List<MailRequest> mails = new ArrayList<>(batch.size());
              List<QueuePushes.Recipient> pushes = new ArrayList<>(batch.size());
              for (UnitMember member : batch) {
                notes.add(notification(alert, member, now));
                DeliveryPlanner.Plan plan = plan(chosen, member, alert, now);
                if (plan.email().sends() && member.hasEmail()) {
                  mails.add(
                      new MailRequest(
                          alert.eventId(),
                          member.username(),
                          member.tenant(),
                          member.unitId(),
                          content.to(member.email(), member.displayName()),
                          alert.directiveId(),
                          alert.kind().name(),
                          plan.email().holdUntil(),
                          plan.email().digestAt()));
                }
                if (plan.push().sends()) {
                  pushes.add(
                      new QueuePushes.Recipient(
                          member.username(),
                          member.tenant(),
                          member.unitId(),
                          plan.push().holdUntil()));
                }
              }
              return inbox
                  .record(notes)
                  .then(mail.queue(mails))
                  .then(push.queue(pushAlert, pushes));
            });
  }

  private DeliveryPlanner.Plan plan(
      Map<String, Preferences> chosen, UnitMember member, Alert alert, Instant now) {
    return planner.plan(
        chosen.getOrDefault(member.username(), Preferences.DEFAULTS),
        alert.kind(),
        alert.urgency(),
        now);
  }

  private static InAppNotification notification(Alert alert, UnitMember member, Instant now) {
    return new InAppNotification(
        alert.eventId(),
        member.username(),
        member.tenant() != null ? member.tenant() : alert.tenant(),
        member.unitId(),
        alert.kind().name(),
        alert.title(),
        alert.body(),
        alert.directiveId(),
        alert.urgency().name(),
        now);
  }
}
