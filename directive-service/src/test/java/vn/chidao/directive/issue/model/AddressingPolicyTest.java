package vn.chidao.directive.issue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.directive.issue.model.DemoTree.DONG_NAI;
import static vn.chidao.directive.issue.model.DemoTree.KP1;
import static vn.chidao.directive.issue.model.DemoTree.NGHIA_HANH;
import static vn.chidao.directive.issue.model.DemoTree.QUANG_NGAI_VAN_THU;
import static vn.chidao.directive.issue.model.DemoTree.TINH_UY_VAN_THU;
import static vn.chidao.directive.issue.model.DemoTree.TRAN_BIEN;
import static vn.chidao.directive.issue.model.DemoTree.TRAN_BIEN_VAN_THU;
import static vn.chidao.directive.issue.model.DemoTree.TRUNG_UONG_QUAN_TRI;
import static vn.chidao.directive.issue.model.DemoTree.XUAN_LOC;
import static vn.chidao.directive.issue.model.DemoTree.closed;
import static vn.chidao.directive.issue.model.DemoTree.known;
import static vn.chidao.directive.issue.model.DemoTree.unit;
import static vn.chidao.directive.issue.model.DemoTree.wholeTree;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressingPolicyTest {

  @Test
  void a_provincial_issuer_may_address_communes_of_their_province() {
    Addressing result =
        AddressingPolicy.decide(TINH_UY_VAN_THU, List.of("dn-tranbien", "dn-xuanloc"), wholeTree());

    assertThat(result).isEqualTo(new Addressing.Allowed(DONG_NAI, List.of(TRAN_BIEN, XUAN_LOC)));
  }

  @Test
  void a_unit_repeated_in_the_request_is_addressed_once_in_the_order_asked() {
    Addressing result =
        AddressingPolicy.decide(
            TINH_UY_VAN_THU, List.of("dn-xuanloc", "dn-tranbien", "dn-xuanloc"), wholeTree());

    assertThat(((Addressing.Allowed) result).recipients()).containsExactly(XUAN_LOC, TRAN_BIEN);
  }

  @Test
  void ids_that_name_no_unit_are_refused_and_listed() {
    Addressing result =
        AddressingPolicy.decide(
            TINH_UY_VAN_THU, List.of("dn-tranbien", "khong-co", "cung-khong-co"), wholeTree());

    assertThat(result)
        .isEqualTo(
            new Addressing.Refused(
                Refusal.RECIPIENTS_UNKNOWN, List.of("khong-co", "cung-khong-co")));
  }

  @Test
  void a_commune_may_not_address_a_sibling_commune() {
    Addressing result =
        AddressingPolicy.decide(TRAN_BIEN_VAN_THU, List.of("dn-xuanloc"), wholeTree());

    assertThat(result)
        .isEqualTo(
            new Addressing.Refused(Refusal.RECIPIENTS_OUTSIDE_SUBTREE, List.of("dn-xuanloc")));
  }

  @Test
  void a_commune_may_not_address_its_parent() {
    Addressing result =
        AddressingPolicy.decide(TRAN_BIEN_VAN_THU, List.of("dong-nai"), wholeTree());

    assertThat(result)
        .isEqualTo(new Addressing.Refused(Refusal.RECIPIENTS_OUTSIDE_SUBTREE, List.of("dong-nai")));
  }

  @Test
  void a_path_covers_only_whole_ids_not_a_unit_whose_id_merely_starts_the_same() {
    Unit lookalike = unit("dong-nai-2", "dong-nai", "/tw/dong-nai-2/", "Đơn vị giống tên");
    Caller caller = new Caller("x", "dong-nai", "/tw/dong-nai", "dong-nai", false);

    Addressing result =
        AddressingPolicy.decide(caller, List.of("dong-nai-2"), known(DONG_NAI, lookalike));

    assertThat(result)
        .isEqualTo(
            new Addressing.Refused(Refusal.RECIPIENTS_OUTSIDE_SUBTREE, List.of("dong-nai-2")));
  }

  @Test
  void a_provincial_issuer_may_not_address_another_province() {
    Addressing result =
        AddressingPolicy.decide(TINH_UY_VAN_THU, List.of("qn-nghiahanh"), wholeTree());

    assertThat(result)
        .isEqualTo(
            new Addressing.Refused(Refusal.RECIPIENTS_OTHER_PROVINCE, List.of("qn-nghiahanh")));
  }

  @Test
  void a_token_of_another_province_may_not_address_this_one_even_with_a_covering_path() {
    Caller forged = new Caller("x", "dong-nai", "/tw/dong-nai/", "quang-ngai", false);

    Addressing result = AddressingPolicy.decide(forged, List.of("dn-tranbien"), wholeTree());

    assertThat(result)
        .isEqualTo(new Addressing.Refused(Refusal.ISSUER_OTHER_PROVINCE, List.of("dong-nai")));
  }

  @Test
  void another_provinces_issuer_may_not_address_this_province() {
    Addressing result =
        AddressingPolicy.decide(QUANG_NGAI_VAN_THU, List.of("dn-tranbien"), wholeTree());

    assertThat(result)
        .isEqualTo(
            new Addressing.Refused(Refusal.RECIPIENTS_OTHER_PROVINCE, List.of("dn-tranbien")));
  }

  @Test
  void the_centre_may_address_units_of_every_province() {
    Addressing result =
        AddressingPolicy.decide(
            TRUNG_UONG_QUAN_TRI, List.of("dong-nai", "qn-nghiahanh"), wholeTree());

    assertThat(((Addressing.Allowed) result).recipients()).containsExactly(DONG_NAI, NGHIA_HANH);
  }

  @Test
  void a_closed_unit_cannot_be_addressed() {
    Map<String, Unit> tree = known(DONG_NAI, TRAN_BIEN, closed(KP1));

    Addressing result =
        AddressingPolicy.decide(TINH_UY_VAN_THU, List.of("dn-tranbien", "dn-tranbien-kp1"), tree);

    assertThat(result)
        .isEqualTo(new Addressing.Refused(Refusal.RECIPIENTS_CLOSED, List.of("dn-tranbien-kp1")));
  }

  @Test
  void whether_a_unit_out_of_reach_is_closed_is_not_revealed() {
    Map<String, Unit> tree = known(TRAN_BIEN, closed(XUAN_LOC));

    Addressing result = AddressingPolicy.decide(TRAN_BIEN_VAN_THU, List.of("dn-xuanloc"), tree);

    assertThat(((Addressing.Refused) result).reason())
        .isEqualTo(Refusal.RECIPIENTS_OUTSIDE_SUBTREE);
  }

  @Test
  void a_caller_whose_unit_is_not_in_the_read_copy_cannot_issue() {
    Addressing result =
        AddressingPolicy.decide(TINH_UY_VAN_THU, List.of("dn-tranbien"), known(TRAN_BIEN));

    assertThat(result)
        .isEqualTo(new Addressing.Refused(Refusal.ISSUER_UNIT_UNKNOWN, List.of("dong-nai")));
  }

  @Test
  void a_caller_without_a_unit_cannot_issue() {
    Caller unitless = new Caller("x", null, null, "dong-nai", false);

    Addressing result = AddressingPolicy.decide(unitless, List.of("dn-tranbien"), wholeTree());

    assertThat(result).isEqualTo(new Addressing.Refused(Refusal.ISSUER_UNIT_UNKNOWN, List.of()));
  }

  @Test
  void a_closed_unit_cannot_issue() {
    Addressing result =
        AddressingPolicy.decide(
            TINH_UY_VAN_THU, List.of("dn-tranbien"), known(closed(DONG_NAI), TRAN_BIEN));

    assertThat(result)
        .isEqualTo(new Addressing.Refused(Refusal.ISSUER_UNIT_CLOSED, List.of("dong-nai")));
  }

  @Test
  void a_copy_for_the_superior_b_c_may_go_up_to_a_unit_above_the_caller() {
    Recipient reportUp = new Recipient("dong-nai", Scope.UNIT, List.of(), Purpose.REPORT_TO, null);

    Addressing result =
        AddressingPolicy.decideList(
            TRAN_BIEN_VAN_THU,
            List.of(reportUp, Recipient.implement("dn-tranbien-kp1")),
            wholeTree());

    assertThat(result).isInstanceOf(Addressing.Allowed.class);
  }

  @Test
  void only_a_b_c_copy_may_go_up_and_never_a_whole_subtree_above() {
    Recipient implementUp = Recipient.implement("dong-nai");
    Recipient subtreeUp =
        new Recipient("dong-nai", Scope.SUBTREE, List.of(), Purpose.REPORT_TO, null);

    for (Recipient entry : List.of(implementUp, subtreeUp)) {
      assertThat(AddressingPolicy.decideList(TRAN_BIEN_VAN_THU, List.of(entry), wholeTree()))
          .isEqualTo(
              new Addressing.Refused(Refusal.RECIPIENTS_OUTSIDE_SUBTREE, List.of("dong-nai")));
    }
  }

  @Test
  void a_subtree_in_another_province_is_refused() {
    Recipient otherProvince =
        new Recipient("quang-ngai", Scope.SUBTREE, List.of("PARTY_CELL"), Purpose.IMPLEMENT, null);

    assertThat(AddressingPolicy.decideList(TINH_UY_VAN_THU, List.of(otherProvince), wholeTree()))
        .isEqualTo(
            new Addressing.Refused(Refusal.RECIPIENTS_OTHER_PROVINCE, List.of("quang-ngai")));
  }
}
