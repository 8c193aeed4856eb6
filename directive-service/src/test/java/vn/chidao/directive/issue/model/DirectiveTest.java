package vn.chidao.directive.issue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidao.directive.issue.model.DemoTree.DONG_NAI;
import static vn.chidao.directive.issue.model.DemoTree.NGHIA_HANH;
import static vn.chidao.directive.issue.model.DemoTree.QUANG_NGAI_VAN_THU;
import static vn.chidao.directive.issue.model.DemoTree.TINH_UY_VAN_THU;
import static vn.chidao.directive.issue.model.DemoTree.TRAN_BIEN;
import static vn.chidao.directive.issue.model.DemoTree.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.issue.model.DemoTree.TRUNG_UONG_QUAN_TRI;
import static vn.chidao.directive.issue.model.DemoTree.TW;
import static vn.chidao.directive.issue.model.DemoTree.XUAN_LOC_VAN_THU;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.SequenceKey;

class DirectiveTest {

  private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
  private static final DirectiveContent CONTENT =
      new DirectiveContent(DocType.CV, "Về việc báo cáo sơ kết 6 tháng", "", Urgency.KHAN);
  private static final DocumentNumber NUMBER =
      new DocumentNumber(
          new SequenceKey("PARTY|dong-nai|CV|2025-2030"),
          84,
          "84-CV/TU",
          "Biên Hòa, ngày 22 tháng 11 năm 2026");

  private static Directive fromDongNaiToTranBien() {
    return Directive.issue(
        new Directive.Ids("d-1", "e-1"),
        CONTENT,
        new Addressing.Allowed(DONG_NAI, List.of(TRAN_BIEN)),
        TINH_UY_VAN_THU,
        NOW,
        NUMBER);
  }

  @Test
  void an_issued_directive_records_issuer_recipients_and_the_event_id() {
    Directive directive = fromDongNaiToTranBien();

    assertThat(directive.tenant()).isEqualTo("dong-nai");
    assertThat(directive.issuerUnitId()).isEqualTo("dong-nai");
    assertThat(directive.issuerUnitName()).isEqualTo("Tỉnh ủy Đồng Nai");
    assertThat(directive.recipientUnitIds()).containsExactly("dn-tranbien");
    assertThat(directive.recipientTenants()).containsExactly("dong-nai");
    assertThat(directive.issuedBy()).isEqualTo("tinhuy.vanthu");
    assertThat(directive.issuedAt()).isEqualTo(NOW);
    assertThat(directive.status()).isEqualTo(DirectiveStatus.ISSUED);
    assertThat(directive.issuedEventId()).isEqualTo("e-1");
    assertThat(directive.symbol()).isEqualTo("84-CV/TU");
  }

  @Test
  void the_issuing_unit_and_the_recipient_unit_see_the_directive() {
    Directive directive = fromDongNaiToTranBien();

    assertThat(directive.isVisibleTo(TINH_UY_VAN_THU)).isTrue();
    assertThat(directive.isVisibleTo(TRAN_BIEN_VAN_THU)).isTrue();
  }

  @Test
  void a_unit_neither_issuing_nor_addressed_does_not_see_it() {
    assertThat(fromDongNaiToTranBien().isVisibleTo(XUAN_LOC_VAN_THU)).isFalse();
  }

  @Test
  void a_token_of_another_province_does_not_see_it_even_naming_a_recipient_unit() {
    Caller otherProvince =
        new Caller("x", "dn-tranbien", "/tw/dong-nai/dn-tranbien/", "quang-ngai", false);

    assertThat(fromDongNaiToTranBien().isVisibleTo(otherProvince)).isFalse();
    assertThat(fromDongNaiToTranBien().isVisibleTo(QUANG_NGAI_VAN_THU)).isFalse();
  }

  @Test
  void the_centre_sees_every_directive() {
    assertThat(fromDongNaiToTranBien().isVisibleTo(TRUNG_UONG_QUAN_TRI)).isTrue();
  }

  @Test
  void a_directive_of_the_centre_is_seen_by_its_recipients_in_their_own_province() {
    Directive central =
        Directive.issue(
            new Directive.Ids("d-2", "e-2"),
            CONTENT,
            new Addressing.Allowed(TW, List.of(DONG_NAI, NGHIA_HANH)),
            TRUNG_UONG_QUAN_TRI,
            NOW,
            NUMBER);

    assertThat(central.tenant()).isEqualTo("trung-uong");
    assertThat(central.recipientTenants()).containsExactlyInAnyOrder("dong-nai", "quang-ngai");
    assertThat(central.isVisibleTo(TINH_UY_VAN_THU)).isTrue();
    assertThat(central.isVisibleTo(TRAN_BIEN_VAN_THU)).isFalse();
  }

  @Test
  void a_directive_without_recipients_cannot_exist() {
    assertThatThrownBy(
            () ->
                Directive.issue(
                    new Directive.Ids("d-3", "e-3"),
                    CONTENT,
                    new Addressing.Allowed(DONG_NAI, List.of()),
                    TINH_UY_VAN_THU,
                    NOW,
                    NUMBER))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
