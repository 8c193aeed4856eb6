package vn.chidao.notification.push.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chidao.notification.alert.model.Urgency;

class PushHeadersTest {

  @Test
  void hoa_toc_and_thuong_khan_wake_the_device_and_expire_sooner() {
    assertThat(PushHeaders.forDirective("dir-1", Urgency.HOA_TOC))
        .extracting(PushHeaders::urgency, PushHeaders::ttl)
        .containsExactly("high", Duration.ofHours(4));
    assertThat(PushHeaders.forDirective("dir-1", Urgency.THUONG_KHAN))
        .extracting(PushHeaders::urgency, PushHeaders::ttl)
        .containsExactly("high", Duration.ofHours(12));
  }

  @Test
  void khan_and_ordinary_documents_are_normal_never_held_back_as_low() {
    for (Urgency mark : new Urgency[] {Urgency.KHAN, Urgency.NORMAL, null}) {
      assertThat(PushHeaders.forDirective("dir-1", mark))
          .extracting(PushHeaders::urgency, PushHeaders::ttl)
          .containsExactly("normal", Duration.ofDays(1));
    }
  }

  @Test
  void the_topic_is_32_base64url_characters_stable_per_directive() {
    String topic = PushHeaders.topicOf("0193a8f2-7c1e-7d3a-9b2f-5e8c4d1a6b7f");

    assertThat(topic).hasSize(32).matches("[A-Za-z0-9_-]+");
    assertThat(PushHeaders.topicOf("0193a8f2-7c1e-7d3a-9b2f-5e8c4d1a6b7f")).isEqualTo(topic);
    assertThat(PushHeaders.topicOf("0193a8f2-7c1e-7d3a-9b2f-5e8c4d1a6b80")).isNotEqualTo(topic);
  }

  @Test
  void every_alert_about_one_directive_shares_the_topic_whatever_its_urgency() {
    assertThat(PushHeaders.forDirective("Chỉ thị 05/ĐU", Urgency.NORMAL).topic())
        .isEqualTo(PushHeaders.forDirective("Chỉ thị 05/ĐU", Urgency.HOA_TOC).topic());
  }

  @Test
  void a_topic_outside_rfc_8030_is_refused() {
    assertThatThrownBy(() -> new PushHeaders(Duration.ofHours(1), "high", "có dấu"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PushHeaders(Duration.ofHours(1), "high", "a".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
