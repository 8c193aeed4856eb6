package vn.chidao.notification.alert.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chidao.notification.alert.model.DirectiveAlert;
import vn.chidao.notification.alert.model.Directives;
import vn.chidao.notification.alert.model.IssuedDirective;

class JsonDirectivePushTest {

  private final JsonDirectivePush push = new JsonDirectivePush("https://chidao.test/");

  @Test
  void the_payload_carries_title_body_link_and_id_with_vietnamese_letters_unescaped() {
    String payload = push.payload(new DirectiveAlert(Directives.congVan()));

    assertThat(payload)
        .isEqualTo(
            "{\"title\":\"Văn bản mới: Công văn số 84-CV/ĐU\","
                + "\"body\":\"về việc tăng cường công tác dân vận — Đảng ủy phường Trấn Biên\","
                + "\"url\":\"https://chidao.test/van-ban/dir-1\",\"directiveId\":\"dir-1\"}");
  }

  @Test
  void a_long_subject_is_cut_so_the_push_stays_far_below_four_kilobytes() {
    IssuedDirective d = Directives.congVan();
    IssuedDirective verbose =
        new IssuedDirective(
            d.eventId(),
            d.tenant(),
            d.directiveId(),
            d.docType(),
            d.symbol(),
            "về việc tăng cường công tác dân vận ".repeat(200),
            d.issuerUnitName(),
            d.urgency(),
            d.recipientUnitIds());

    String payload = push.payload(new DirectiveAlert(verbose));

    assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_500);
    assertThat(payload).contains("…\"");
  }
}
