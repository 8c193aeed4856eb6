package vn.chidao.notification.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.alert.model.DirectiveRecipientsPolicy;
import vn.chidao.notification.alert.model.Directives;
import vn.chidao.notification.alert.model.UnitMember;
import vn.chidao.notification.inbox.InAppNotification;
import vn.chidao.notification.mail.model.MailContent;
import vn.chidao.notification.mail.model.MailRequest;

class AlertingOnDirectiveIssuedTest {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

  private final List<UnitMember> directory = new ArrayList<>();
  private final List<InAppNotification> inbox = new ArrayList<>();
  private final List<MailRequest> outbox = new ArrayList<>();
  private final List<String> unitsAskedFor = new ArrayList<>();
  private final List<String> pushes = new ArrayList<>();

  private final AlertingOnDirectiveIssued alerting =
      new AlertingOnDirectiveIssued(
          new DirectiveRecipientsPolicy(),
          this::activeIn,
          notifications -> Mono.fromRunnable(() -> inbox.addAll(notifications)),
          mails -> Mono.fromRunnable(() -> outbox.addAll(mails)),
          alert -> new MailContent(alert.mailSubject(), "text", "<p>html</p>"),
          (eventId, recipients, payload, headers) ->
              Mono.fromRunnable(
                  () ->
                      recipients.forEach(
                          r -> pushes.add(eventId + "/" + r.username() + "/" + headers.urgency()))),
          alert -> "{\"title\":\"" + alert.title() + "\"}",
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void the_leaders_and_clerk_of_a_receiving_unit_get_an_inbox_entry_and_an_e_mail() {
    directory.add(member("tranbien.bithu", "BI_THU", "tranbien.bithu@chidao.test"));
    directory.add(member("tranbien.vanthu", "VAN_THU", "tranbien.vanthu@chidao.test"));
    directory.add(member("tranbien.quantri", "QUAN_TRI", "tranbien.quantri@chidao.test"));

    alerting.alert(Directives.congVan()).block();

    assertThat(inbox)
        .extracting(InAppNotification::username)
        .containsExactly("tranbien.bithu", "tranbien.vanthu");
    assertThat(outbox)
        .extracting(m -> m.message().to())
        .containsExactly("tranbien.bithu@chidao.test", "tranbien.vanthu@chidao.test");
    assertThat(unitsAskedFor).containsExactly("dn-tranbien");
    assertThat(pushes)
        .as("a push for each alerted person, high for a Hỏa tốc document")
        .containsExactly("evt-1/tranbien.bithu/high", "evt-1/tranbien.vanthu/high");
  }

  @Test
  void the_inbox_entry_carries_the_alert_and_its_keys() {
    directory.add(member("tranbien.vanthu", "VAN_THU", "tranbien.vanthu@chidao.test"));

    alerting.alert(Directives.congVan()).block();

    DirectiveAlert alert = new DirectiveAlert(Directives.congVan());
    assertThat(inbox)
        .singleElement()
        .isEqualTo(
            new InAppNotification(
                "evt-1",
                "tranbien.vanthu",
                "dong-nai",
                "dn-tranbien",
                "DIRECTIVE_ISSUED",
                alert.title(),
                alert.body(),
                "dir-1",
                "HOA_TOC",
                NOW));
    assertThat(outbox)
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.eventId()).isEqualTo("evt-1");
              assertThat(mail.username()).isEqualTo("tranbien.vanthu");
              assertThat(mail.message().subject()).isEqualTo(alert.mailSubject());
              assertThat(mail.message().toName()).isEqualTo("Văn thư tranbien.vanthu");
            });
  }

  @Test
  void someone_without_an_e_mail_address_still_gets_the_inbox_entry() {
    directory.add(member("tranbien.bithu", "BI_THU", null));

    alerting.alert(Directives.congVan()).block();

    assertThat(inbox).hasSize(1);
    assertThat(outbox).isEmpty();
  }

  @Test
  void a_unit_without_anyone_to_alert_produces_nothing() {
    alerting.alert(Directives.congVan()).block();

    assertThat(inbox).isEmpty();
    assertThat(outbox).isEmpty();
  }

  private Flux<UnitMember> activeIn(List<String> unitIds, Collection<String> positions) {
    unitsAskedFor.addAll(unitIds);
    // Like the store, answer by unit and position only; the policy must still filter.
    return Flux.fromIterable(directory).filter(m -> unitIds.contains(m.unitId()));
  }

  private static UnitMember member(String username, String position, String email) {
    return new UnitMember(
        username, "dn-tranbien", "dong-nai", position, email, "Văn thư " + username, true);
  }
}
