package vn.chidao.notification.alert.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chidao.notification.alert.model.AlertWording;
import vn.chidao.notification.alert.model.Directives;

class JsonAlertPushTest {

  private final JsonAlertPush push = new JsonAlertPush("https://chidao.test/");

  @Test
  void the_payload_carries_title_body_link_id_and_kind_with_vietnamese_letters_unescaped() {
    String payload = push.payload(AlertWording.newDirective(Directives.congVan(), "dn-tinhuy"));

    assertThat(payload)
        .isEqualTo(
            "{\"title\":\"Văn bản mới: Công văn số 84-CV/ĐU\","
                + "\"body\":\"về việc tăng cường công tác dân vận — Đảng ủy phường Trấn Biên\","
                + "\"url\":\"https://chidao.test/van-ban/dir-1\",\"directiveId\":\"dir-1\","
                + "\"kind\":\"NEW_DIRECTIVE\"}");
  }

  @Test
  void a_long_subject_is_cut_so_the_push_stays_far_below_four_kilobytes() {
    String payload =
        push.payload(
            AlertWording.newDirective(
                Directives.withSubject(
                    Directives.congVan(), "về việc tăng cường công tác dân vận ".repeat(200)),
                "dn-tinhuy"));

    assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_500);
    assertThat(payload).contains("…\"");
  }
}
