package vn.chidao.directive.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.chidao.contracts.org.OrgUnitChanged;
import vn.chidao.platform.messaging.UnusableEvent;

class OrgUnitChangedConsumerTest {

  private static final Instant T1 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void a_complete_change_is_applied_as_it_is() {
    OrgUnitChanged change = change("/tw/dong-nai/dn-tranbien/", T1);

    assertThat(OrgUnitChangedConsumer.requireComplete(change)).isSameAs(change);
  }

  @Test
  void a_change_without_path_or_time_is_unusable_and_not_retried() {
    assertThatThrownBy(() -> OrgUnitChangedConsumer.requireComplete(change(null, T1)))
        .isInstanceOf(UnusableEvent.class)
        .hasMessageContaining("evt-1");
    assertThatThrownBy(
            () -> OrgUnitChangedConsumer.requireComplete(change("/tw/dong-nai/dn-tranbien/", null)))
        .isInstanceOf(UnusableEvent.class);
  }

  private static OrgUnitChanged change(String path, Instant occurredAt) {
    return new OrgUnitChanged(
        "evt-1",
        occurredAt,
        "dong-nai",
        "dn-tranbien",
        "dong-nai",
        path,
        "COMMUNE_COMMITTEE",
        "Đảng ủy phường Trấn Biên",
        "ĐU",
        "ACTIVE");
  }
}
