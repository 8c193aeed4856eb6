package vn.chidao.notification.alert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;
import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.alert.model.DirectiveRecipientsPolicy;
import vn.chidao.notification.alert.model.IssuedDirective;
import vn.chidao.notification.alert.model.UnitMember;
import vn.chidao.notification.inbox.InAppNotification;
import vn.chidao.notification.inbox.RecordNotifications;
import vn.chidao.notification.mail.application.QueueMails;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.model.MailRequest;
import vn.chidao.notification.push.application.QueuePushes;
import vn.chidao.notification.push.model.PushHeaders;

/**
 * A directive was issued: the people the policy names in each receiving unit get an inbox entry, an
 * e-mail and a push on each browser they subscribed. Every effect is keyed by (event, person,
 * channel) in its store, so processing the same event again — a redelivery, or two copies at once —
 * adds nothing; a run that died half-way is completed by the next one.
 */
public final class AlertingOnDirectiveIssued {

  /** People handled per round trip to the stores. */
  static final int BATCH = 500;

  private final DirectiveRecipientsPolicy policy;
  private final FindAlertedPeople people;
  private final RecordNotifications inbox;
  private final QueueMails mail;
  private final ComposeDirectiveMail composer;
  private final QueuePushes push;
  private final ComposeDirectivePush pushComposer;
  private final Clock clock;

  public AlertingOnDirectiveIssued(
      DirectiveRecipientsPolicy policy,
      FindAlertedPeople people,
      RecordNotifications inbox,
      QueueMails mail,
      ComposeDirectiveMail composer,
      QueuePushes push,
      ComposeDirectivePush pushComposer,
      Clock clock) {
    this.policy = policy;
    this.people = people;
    this.inbox = inbox;
    this.mail = mail;
    this.composer = composer;
    this.push = push;
    this.pushComposer = pushComposer;
    this.clock = clock;
  }

  public Mono<Void> alert(IssuedDirective directive) {
    DirectiveAlert alert = new DirectiveAlert(directive);
    MailContent content = composer.compose(alert);
    String payload = pushComposer.payload(alert);
    PushHeaders headers = PushHeaders.forDirective(directive.directiveId(), directive.urgency());
    Instant now = clock.instant();
    return people
        .activeIn(directive.recipientUnitIds(), policy.positions())
        .filter(policy::isAlerted)
        .buffer(BATCH)
        .concatMap(
            batch ->
                inbox
                    .record(notifications(batch, directive, alert, now))
                    .then(mail.queue(mails(batch, directive, content)))
                    .then(push.queue(directive.eventId(), recipients(batch), payload, headers)))
        .then();
  }

  private static List<InAppNotification> notifications(
      List<UnitMember> batch, IssuedDirective directive, DirectiveAlert alert, Instant now) {
    return batch.stream()
        .map(
            member ->
                new InAppNotification(
                    directive.eventId(),
                    member.username(),
                    member.tenant(),
                    member.unitId(),
                    InAppNotification.DIRECTIVE_ISSUED,
                    alert.title(),
                    alert.body(),
                    directive.directiveId(),
                    directive.urgency().name(),
                    now))
        .toList();
  }

  private static List<QueuePushes.Recipient> recipients(List<UnitMember> batch) {
    return batch.stream()
        .map(m -> new QueuePushes.Recipient(m.username(), m.tenant(), m.unitId()))
        .toList();
  }

  private static List<MailRequest> mails(
      List<UnitMember> batch, IssuedDirective directive, MailContent content) {
    return batch.stream()
        .filter(UnitMember::hasEmail)
        .map(
            member ->
                new MailRequest(
                    directive.eventId(),
                    member.username(),
                    member.tenant(),
                    member.unitId(),
                    content.to(member.email(), member.displayName())))
        .toList();
  }
}
