package vn.chidao.notification.alert.adapter.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.contracts.directive.DirectiveIssued;
import vn.chidao.notification.alert.model.IssuedDirective;
import vn.chidao.notification.alert.model.Urgency;
import vn.chidao.platform.messaging.UnusableEvent;

class DirectiveIssuedBindingTest {

  @Test
  void an_event_becomes_the_directive_to_alert_about() {
    IssuedDirective directive = DirectiveIssuedBinding.toModel(event("evt-1", "THUONG_KHAN"));

    assertThat(directive.eventId()).isEqualTo("evt-1");
    assertThat(directive.urgency()).isEqualTo(Urgency.THUONG_KHAN);
    assertThat(directive.recipientUnitIds()).containsExactly("dn-tranbien");
    assertThat(directive.docTypeName()).isEqualTo("Công văn");
  }

  @Test
  void an_event_without_id_is_unusable_and_not_retried() {
    assertThatThrownBy(() -> DirectiveIssuedBinding.toModel(event(null, "KHAN")))
        .isInstanceOf(UnusableEvent.class)
        .hasMessageContaining("eventId");
    assertThatThrownBy(() -> DirectiveIssuedBinding.toModel(null))
        .isInstanceOf(UnusableEvent.class);
  }

  private static DirectiveIssued event(String eventId, String urgency) {
    return new DirectiveIssued(
        eventId,
        Instant.parse("2026-11-22T08:00:00Z"),
        "dong-nai",
        "dir-1",
        "CV",
        null,
        "về việc thử nghiệm",
        "dong-nai",
        "Tỉnh ủy Đồng Nai",
        urgency,
        List.of("dn-tranbien"),
        "tinhuy.vanthu");
  }
}
